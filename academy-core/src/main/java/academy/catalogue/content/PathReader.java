package academy.catalogue.content;

import academy.practice.JobRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads {@code paths/<slug>.yaml}: which modules people in which roles must complete. */
final class PathReader {

    private static final List<String> KEYS = List.of("title", "roles", "modules");

    private final TreeReading reading;

    PathReader(TreeReading reading) {
        this.reading = reading;
    }

    Optional<PathSource> read(TreeReading.SlugFile path) {
        Problems problems = reading.problems();
        Optional<YamlMap> parsed = reading.read(path.path())
                .flatMap(file -> YamlDocument.parseMapping(file, file.text(), 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        YamlMap keys = parsed.get();
        keys.rejectUnknownKeys(KEYS);
        Optional<String> title = keys.requiredText("title");
        Optional<Set<JobRole>> roles = keys.requiredList("roles").map(written -> roles(keys, written));
        Optional<List<String>> modules = keys.requiredList("modules").map(slugs -> {
            if (slugs.isEmpty()) {
                keys.report(keys.lineOf("modules"), "the path names no modules");
            }
            return reading.moduleReferences(keys, slugs);
        });
        if (problems.foundSince(problemsBefore)) {
            return Optional.empty();
        }
        return Optional.of(new PathSource(path.slug(), title.orElseThrow(), roles.orElseThrow(), modules.orElseThrow()));
    }

    private static Set<JobRole> roles(YamlMap keys, List<YamlValue> written) {
        if (written.isEmpty()) {
            keys.report(keys.lineOf("roles"), "the path names no roles: say whose path it is");
        }
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        for (YamlValue slug : written) {
            Optional<JobRole> role = JobRole.fromSlug(slug.text());
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                keys.report(slug.line(), "unknown role '" + slug.text() + "': use one of "
                        + Stream.of(JobRole.values()).map(JobRole::slug).collect(Collectors.joining(", ")));
            }
        }
        return roles;
    }
}
