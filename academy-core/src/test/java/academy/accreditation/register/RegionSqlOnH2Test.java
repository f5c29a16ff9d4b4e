package academy.accreditation.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import academy.shared.PageRequest;

/**
 * The register's and the dashboard's native SQL on H2 in PostgreSQL mode, the try-out database
 * (the ITs run it on PostgreSQL), and V13's locality backfill of practices that existed before it.
 */
class RegionSqlOnH2Test {

    // The options AcademyDataSource opens H2 with.
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

    private JdbcDataSource dataSource;

    @BeforeEach
    void migrateWithAnOlderPractice() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        execute("INSERT INTO practice (id, ods_code, name, name_lower, pcn, address, status, join_code, join_code_changed_at,"
                + " created_at) VALUES (1, 'Y01234', 'Alder Surgery', 'alder surgery', 'North Vale PCN', '1 Street', 'ACTIVE',"
                + " 'ABCDEFGH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        execute("INSERT INTO practice (id, ods_code, name, name_lower, pcn, address, status, join_code, join_code_changed_at,"
                + " created_at) VALUES (2, 'Y05678', 'Birch Surgery', 'birch surgery', 'Vale Network', '2 Street', 'ACTIVE',"
                + " 'HGFEDCBA', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void practicesThatExistedTakeTheirNetworksNameAsLocality() throws SQLException {
        assertThat(rows("SELECT locality, locality_lower FROM practice ORDER BY id"))
                .containsExactly(List.of("North Vale", "north vale"), List.of("Vale Network", "vale network"));
    }

    @Test
    void theRegistersQueryRunsAndFindsTheAwardInForceWithItsCurrentCertificate() throws SQLException {
        award(1, TODAY.minusDays(10), TODAY.plusYears(2));
        execute("INSERT INTO certificate (id, serial, kind, subject_key, generation, title, holder_name, issued_at, valid_from,"
                + " template_version, pdf_sha256, achievement_id, achievement_type, achievement_name, achievement_description,"
                + " achievement_criteria, recipient_type, recipient_value, recipient_hashed) VALUES (1, 'AAAABBBBCCCC',"
                + " 'KITE_MARK', 'award:1', 1, 't', 'h', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'x', 'a', 'b', 'c', 'd', 'e',"
                + " 'name', 'v', FALSE)");
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(TODAY)));
        String where = Register.conditions(RegisterSearch.of("alder", "vale", "foundation"), parameters);

        List<List<Object>> found = rows(Register.rowsSql(where, new PageRequest(0, 10)), parameters.toArray());

        assertThat(found).hasSize(1);
        assertThat(found.get(0).get(1)).isEqualTo("Alder Surgery");
        assertThat(found.get(0).get(8)).isEqualTo("AAAABBBBCCCC");
        parameters = new ArrayList<>(List.of(Date.valueOf(TODAY)));
        where = Register.conditions(RegisterSearch.of("alder%", null, null), parameters);
        assertThat(rows(Register.rowsSql(where, new PageRequest(0, 10)), parameters.toArray())).isEmpty();
    }

    @Test
    void theDashboardsQueriesRun() throws SQLException {
        award(1, TODAY.minusDays(10), TODAY.plusDays(20));
        assertThat(rows(RegionReport.LEVELS_SQL, Date.valueOf(TODAY), Date.valueOf(TODAY.plusDays(90))))
                .containsExactly(List.of(1, "Foundation", 1L, 1L));
        assertThat(rows(RegionReport.COVERAGE_SQL, Timestamp.valueOf("2026-01-01 00:00:00"))).isEmpty();
        List<Object> decided = rows(RegionReport.DECISIONS_SQL, Timestamp.valueOf("2025-06-01 00:00:00")).get(0);
        assertThat(((Number) decided.get(0)).longValue()).isEqualTo(1);
        // Submitted 20 days before the decision.
        assertThat(((Number) decided.get(1)).doubleValue()).isEqualTo(20 * 86_400.0);
        assertThat(((Number) decided.get(2)).doubleValue()).isEqualTo(20 * 86_400.0);
    }

    private void award(long practiceId, LocalDate from, LocalDate until) throws SQLException {
        execute("INSERT INTO person (id, display_name, email, email_lower, status, created_at) VALUES (1, 'Assessor',"
                + " 'a@example.org', 'a@example.org', 'ACTIVE', CURRENT_TIMESTAMP)");
        execute("INSERT INTO accreditation_scheme (id, version, revision, file_name, title, content_hash, is_current, loaded_at)"
                + " VALUES (1, 1, 1, 'kitemark-1.yaml', 'Kite mark', 'h', TRUE, CURRENT_TIMESTAMP)");
        Instant decided = from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        execute("INSERT INTO accreditation_application (id, practice_id, scheme_id, level_slug, level_rank, level_title, status,"
                + " submitted_at, closed_at) VALUES (1, ?, 1, 'foundation', 1, 'Foundation', 'AWARDED', ?, ?)", practiceId,
                Timestamp.from(decided.minusSeconds(20 * 86_400L)), Timestamp.from(decided));
        execute("INSERT INTO accreditation_decision (id, application_id, outcome, reasons, decided_by, decided_as, decided_at)"
                + " VALUES (1, 1, 'AWARD', 'Met', 1, 'ASSESSOR', ?)", Timestamp.from(decided));
        execute("INSERT INTO kitemark_award (id, serial, practice_id, application_id, decision_id, scheme_id, scheme_version,"
                + " level_slug, level_rank, level_title, assessor_id, assessor_name, valid_from, valid_until, awarded_at)"
                + " VALUES (1, 'KM-2026-000001', ?, 1, 1, 1, 1, 'foundation', 1, 'Foundation', 1, 'Assessor', ?, ?, ?)",
                practiceId, Date.valueOf(from), Date.valueOf(until), Timestamp.from(decided));
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Runs SQL written with JPA's numbered parameters (?1, ?2, a number may repeat) through JDBC. */
    private List<List<Object>> rows(String sql, Object... numbered) throws SQLException {
        Matcher matcher = NUMBERED.matcher(sql);
        List<Object> inOrder = new ArrayList<>();
        while (matcher.find()) {
            inOrder.add(numbered[Integer.parseInt(matcher.group(1)) - 1]);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(matcher.replaceAll("?"))) {
            for (int i = 0; i < inOrder.size(); i++) {
                statement.setObject(i + 1, inOrder.get(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
