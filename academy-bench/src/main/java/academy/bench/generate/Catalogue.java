package academy.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import academy.practice.JobRole;

/**
 * The part of the loaded curriculum the generator needs: each module's current version and refresh
 * period, and which modules each job role's learning paths require. Read from the database, which
 * the academy filled from {@code content/} when it first started on it.
 */
record Catalogue(List<ModuleInfo> modules, Map<JobRole, List<ModuleInfo>> required) {

    record ModuleInfo(long id, String slug, long versionId, int versionNumber, Optional<Integer> refreshMonths,
            boolean forStaff, boolean forPpg) {
    }

    Catalogue {
        modules = List.copyOf(modules);
        required = Map.copyOf(required);
    }

    List<ModuleInfo> requiredOf(JobRole role) {
        return required.getOrDefault(role, List.of());
    }

    static Catalogue read(Connection connection) throws SQLException {
        List<ModuleInfo> modules = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT m.id, m.slug, v.id, v.version_number, v.refresh_months, v.audience
                          FROM catalogue_module m JOIN catalogue_module_version v ON v.id = m.current_version_id
                         WHERE NOT m.retired
                         ORDER BY m.slug""")) {
            while (rows.next()) {
                int refresh = rows.getInt(5);
                Optional<Integer> refreshMonths = rows.wasNull() ? Optional.empty() : Optional.of(refresh);
                String audience = rows.getString(6);
                modules.add(new ModuleInfo(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4),
                        refreshMonths, !"PPG".equals(audience), !"STAFF".equals(audience)));
            }
        }
        Map<JobRole, Set<ModuleInfo>> required = new EnumMap<>(JobRole.class);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT roles, module_slugs FROM catalogue_path WHERE active ORDER BY slug")) {
            while (rows.next()) {
                List<String> slugs = split(rows.getString(2));
                for (String roleSlug : split(rows.getString(1))) {
                    JobRole role = JobRole.fromSlug(roleSlug).orElseThrow(
                            () -> new IllegalStateException("unknown job role in a learning path: " + roleSlug));
                    Set<ModuleInfo> set = required.computeIfAbsent(role, r -> new LinkedHashSet<>());
                    slugs.forEach(slug -> modules.stream().filter(m -> m.slug().equals(slug)).findFirst().ifPresent(set::add));
                }
            }
        }
        Map<JobRole, List<ModuleInfo>> lists = new EnumMap<>(JobRole.class);
        required.forEach((role, set) -> lists.put(role, List.copyOf(set)));
        return new Catalogue(modules, lists);
    }

    private static List<String> split(String column) {
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
