package academy.bench.suite;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.bench.generate.CountryGenerator;

/** The generated people the suite signs in as: learners and a manager of the first practices. */
record Actors(List<Actors.Learner> learners, String manager, String moduleSlug) {

    /** A generated receptionist: signs in by email, writes completions as that person at that practice. */
    record Learner(String email, long personId, long practiceId) {
    }

    static Actors find(SuiteSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            List<Learner> learners = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.email, p.id, pr.id FROM person p JOIN membership m ON m.person_id = p.id
                      JOIN practice pr ON pr.id = m.practice_id
                     WHERE pr.ods_code LIKE 'Q%' AND m.status = 'ACTIVE' AND m.job_role = 'RECEPTIONIST'
                     ORDER BY pr.ods_code, p.id LIMIT 64""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    learners.add(new Learner(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
            String manager;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.email FROM person p JOIN membership m ON m.person_id = p.id
                      JOIN practice pr ON pr.id = m.practice_id
                     WHERE pr.ods_code = 'Q00001' AND m.status = 'ACTIVE' AND m.job_role = 'PRACTICE_MANAGER'""");
                    ResultSet rows = query.executeQuery()) {
                if (!rows.next() || learners.isEmpty()) {
                    throw new IllegalStateException("the generated country has no manager or receptionists");
                }
                manager = rows.getString(1);
            }
            return new Actors(learners, manager, "online-access-registration");
        }
    }

    /**
     * A signed-in session per kind of visitor on the instance ("learner", "manager"), and
     * {@code copies} learners in all for load ("learner1", "learner2", …).
     */
    Map<String, WebSession> sessions(MicroInstance academy, int copies) throws IOException {
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        sessions.put("learner", WebSession.signIn(academy.base(), learners.get(0).email(), CountryGenerator.PASSWORD));
        sessions.put("manager", WebSession.signIn(academy.base(), manager, CountryGenerator.PASSWORD));
        for (int i = 1; i < copies; i++) {
            sessions.put("learner" + i, WebSession.signIn(academy.base(),
                    learners.get(i % learners.size()).email(), CountryGenerator.PASSWORD));
        }
        return sessions;
    }
}
