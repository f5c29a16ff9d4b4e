package academy.accreditation.scheme;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import academy.catalogue.Area;
import academy.catalogue.content.ContentFile;
import academy.catalogue.content.ContentInvalidException;
import academy.catalogue.content.ContentTree;
import academy.catalogue.content.PathSource;
import academy.catalogue.content.Problems;
import academy.catalogue.content.Slug;
import academy.catalogue.content.YamlDocument;
import academy.catalogue.content.YamlMap;
import academy.catalogue.content.YamlValue;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;

/**
 * Reads and validates the kite-mark scheme files, {@code scheme/kitemark-<version>.yaml}, against
 * an already validated content tree (modules, paths, guides and showcases they name must exist).
 * Like the content reader it collects every problem, each with its file and line, and returns
 * nothing unless every file is valid. A tree without a {@code scheme/} directory has no scheme.
 */
public final class SchemeReader {

    private static final Pattern FILE_NAME = Pattern.compile("kitemark-([0-9]{1,6})\\.ya?ml");
    private static final List<String> SCHEME_KEYS = List.of("title", "levels", "criteria");
    private static final List<String> LEVEL_KEYS = List.of("id", "title", "summary");
    private static final List<String> COMMON_KEYS = List.of("id", "level", "area", "title", "why", "kind", "modules",
            "guides", "showcases");
    private static final Map<CriterionKind, List<String>> KIND_KEYS = Map.of(
            CriterionKind.TRAINING_COVERAGE, List.of("roles", "percent"),
            CriterionKind.PPG_TRAINING, List.of("path", "members"),
            CriterionKind.METRIC_THRESHOLD, List.of("metric", "atLeast"),
            CriterionKind.SESSIONS, List.of("sessions", "condition"),
            CriterionKind.EVIDENCE, List.of("ask"));
    private static final int MAX_COUNT = 10_000;

    /**
     * Criteria are checked as a whole file: one problem anywhere in a file and none of it is used.
     *
     * @return the valid scheme files, lowest version first; empty when there is no {@code scheme/}
     * @throws ContentInvalidException with every problem found, if there is any
     */
    public List<SchemeSource> read(Path root, ContentTree tree) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(tree, "tree");
        Path dir = root.resolve("scheme");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Problems problems = new Problems();
        List<SchemeSource> schemes = new ArrayList<>();
        for (Path file : files(dir, problems)) {
            String fileName = file.getFileName().toString();
            if (fileName.toLowerCase(Locale.ROOT).startsWith("readme")) {
                continue;
            }
            Matcher name = FILE_NAME.matcher(fileName);
            if (!name.matches()) {
                problems.report("scheme/" + fileName, 1,
                        "a scheme file is named kitemark-<version>.yaml, with a whole-number version such as kitemark-1.yaml");
                continue;
            }
            int version = Integer.parseInt(name.group(1));
            if (schemes.stream().anyMatch(s -> s.version() == version)) {
                problems.report("scheme/" + fileName, 1, "another file already holds version " + version + " of the scheme");
                continue;
            }
            readFile(file, "scheme/" + fileName, version, tree, problems).ifPresent(schemes::add);
        }
        if (problems.count() > 0) {
            throw new ContentInvalidException(problems.inFileOrder());
        }
        return schemes.stream().sorted(Comparator.comparingInt(SchemeSource::version)).toList();
    }

    private static List<Path> files(Path dir, Problems problems) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.report("scheme", 1, "the directory cannot be read: " + e);
            return List.of();
        }
    }

    private Optional<SchemeSource> readFile(Path path, String name, int version, ContentTree tree, Problems problems) {
        ContentFile file;
        try {
            file = ContentFile.of(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            problems.report(name, 1, "the file is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.report(name, 1, "the file cannot be read: " + e);
            return Optional.empty();
        }
        Optional<YamlMap> parsed = YamlDocument.parseMapping(file, file.text(), 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        YamlMap keys = parsed.get();
        keys.rejectUnknownKeys(SCHEME_KEYS);
        Optional<String> title = keys.requiredText("title");
        List<LevelSource> levels = keys.requiredListOfMappings("levels", "levels, each with an id, a title and a summary")
                .map(items -> levels(keys, items)).orElse(List.of());
        Map<String, LevelSource> levelsBySlug = new HashMap<>();
        levels.forEach(level -> levelsBySlug.put(level.slug(), level));
        References references = new References(tree);
        List<CriterionSource> criteria = keys.requiredListOfMappings("criteria", "criteria, each with an id, a level, an area, a title and a kind")
                .map(items -> criteria(keys, items, levelsBySlug, references)).orElse(List.of());
        if (problems.foundSince(before)) {
            return Optional.empty();
        }
        for (LevelSource level : levels) {
            if (criteria.stream().noneMatch(c -> c.levelRank() == level.rank())) {
                keys.report(keys.lineOf("levels"), "level '" + level.slug() + "' has no criteria of its own");
            }
        }
        if (problems.foundSince(before)) {
            return Optional.empty();
        }
        return Optional.of(new SchemeSource(name, version, title.orElseThrow(), hash(file.text()), levels, criteria));
    }

    private static List<LevelSource> levels(YamlMap scheme, List<YamlMap> items) {
        if (items.isEmpty()) {
            scheme.report(scheme.lineOf("levels"), "the scheme has no levels");
        }
        List<LevelSource> levels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap item : items) {
            item.rejectUnknownKeys(LEVEL_KEYS);
            Optional<String> slug = slug(item, "id", "level");
            Optional<String> title = item.requiredText("title");
            Optional<String> summary = item.requiredText("summary");
            slug.filter(s -> !seen.add(s)).ifPresent(s -> item.report(item.lineOf("id"), "level '" + s + "' is written twice"));
            if (slug.isPresent() && title.isPresent() && summary.isPresent()) {
                levels.add(new LevelSource(slug.get(), levels.size() + 1, title.get(), summary.get()));
            }
        }
        return levels;
    }

    private static List<CriterionSource> criteria(YamlMap scheme, List<YamlMap> items, Map<String, LevelSource> levels,
                                                  References references) {
        if (items.isEmpty()) {
            scheme.report(scheme.lineOf("criteria"), "the scheme has no criteria");
        }
        List<CriterionSource> criteria = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap item : items) {
            criterion(item, levels, references).ifPresent(criterion -> {
                if (seen.add(criterion.slug())) {
                    criteria.add(criterion);
                } else {
                    item.report(item.lineOf("id"), "criterion '" + criterion.slug() + "' is written twice");
                }
            });
        }
        return criteria;
    }

    private static Optional<CriterionSource> criterion(YamlMap item, Map<String, LevelSource> levels, References references) {
        Optional<CriterionKind> kind = item.requiredChoice("kind", CriterionKind::fromSlug,
                Arrays.stream(CriterionKind.values()).map(CriterionKind::slug).toList());
        List<String> known = new ArrayList<>(COMMON_KEYS);
        kind.ifPresentOrElse(k -> known.addAll(KIND_KEYS.get(k)), () -> KIND_KEYS.values().forEach(known::addAll));
        item.rejectUnknownKeys(known);
        Optional<String> slug = slug(item, "id", "criterion");
        Optional<LevelSource> level = item.requiredText("level").flatMap(written -> {
            LevelSource found = levels.get(written);
            if (found == null && !levels.isEmpty()) {
                item.report(item.lineOf("level"), "unknown level '" + written + "': use one of "
                        + levels.values().stream().sorted(Comparator.comparingInt(LevelSource::rank))
                        .map(LevelSource::slug).collect(Collectors.joining(", ")));
            }
            return Optional.ofNullable(found);
        });
        Optional<Area> area = item.requiredChoice("area", Area::fromSlug, Arrays.stream(Area.values()).map(Area::slug).toList());
        Optional<String> title = item.requiredText("title");
        String why = item.optionalText("why").orElse("");
        List<String> modules = references.modules(item);
        List<String> guides = references.guides(item);
        List<String> showcases = references.showcases(item);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        Optional<String> path = Optional.empty();
        Optional<UptakeMeasure> measure = Optional.empty();
        Optional<ConditionFocus> condition = Optional.empty();
        Optional<String> ask = Optional.empty();
        Optional<Integer> target;
        switch (kind.get()) {
            case TRAINING_COVERAGE -> {
                roles = staffRoles(item);
                target = item.requiredWholeNumber("percent", 1, 100);
                if (item.optionalList("modules").isEmpty()) {
                    item.report(item.line(), "a training-coverage criterion names the modules staff must hold: add 'modules'");
                }
            }
            case PPG_TRAINING -> {
                path = item.requiredText("path").flatMap(p -> references.ppgPath(item, p));
                if (!item.optionalList("modules").isEmpty()) {
                    item.report(item.lineOf("modules"), "a ppg-training criterion takes its modules from its path: remove 'modules'");
                }
                target = item.requiredWholeNumber("members", 1, MAX_COUNT);
            }
            case METRIC_THRESHOLD -> {
                measure = item.requiredChoice("metric", SchemeReader::measure,
                        Arrays.stream(UptakeMeasure.values()).map(SchemeReader::slugOf).toList());
                target = item.requiredWholeNumber("atLeast", 0, 100_000);
                if (measure.isPresent() && target.isPresent() && measure.get().isPercentage() && target.get() > 100) {
                    item.report(item.lineOf("atLeast"), "'atLeast' is a percentage for this metric: at most 100");
                }
            }
            case SESSIONS -> {
                target = item.requiredWholeNumber("sessions", 1, MAX_COUNT);
                if (item.optionalText("condition").isPresent()) {
                    condition = item.requiredChoice("condition", SchemeReader::condition,
                            Arrays.stream(ConditionFocus.values()).map(SchemeReader::slugOf).toList());
                }
            }
            case EVIDENCE -> {
                ask = item.requiredText("ask");
                target = Optional.of(0);
            }
            default -> throw new IllegalStateException(kind.get().toString());
        }
        if (slug.isEmpty() || level.isEmpty() || area.isEmpty() || title.isEmpty()
                || target.isEmpty() || (kind.get() == CriterionKind.EVIDENCE && ask.isEmpty())
                || (kind.get() == CriterionKind.PPG_TRAINING && path.isEmpty())
                || (kind.get() == CriterionKind.METRIC_THRESHOLD && measure.isEmpty())) {
            return Optional.empty();
        }
        // A PPG criterion's modules are its path's, as the path stands when the scheme is loaded.
        List<String> held = path.map(references::pathModules).orElse(modules);
        return Optional.of(new CriterionSource(slug.get(), level.get().rank(), area.get(), title.get(), why, kind.get(),
                target.get(), roles, held, path, measure, condition, ask, guides, showcases));
    }

    private static Set<JobRole> staffRoles(YamlMap item) {
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        Optional<List<YamlValue>> given = item.requiredList("roles");
        List<YamlValue> written = given.orElse(List.of());
        if (given.isPresent() && written.isEmpty()) {
            item.report(item.lineOf("roles"), "name the job roles whose staff must be trained");
        }
        for (YamlValue value : written) {
            Optional<JobRole> role = JobRole.fromSlug(value.text());
            if (role.isEmpty()) {
                item.report(value.line(), "unknown job role '" + value.text() + "': use one of "
                        + Arrays.stream(JobRole.values()).filter(JobRole::isStaff).map(JobRole::slug).collect(Collectors.joining(", ")));
            } else if (!role.get().isStaff()) {
                item.report(value.line(), "PPG members are not staff: use a ppg-training criterion for them");
            } else if (!roles.add(role.get())) {
                item.report(value.line(), "job role '" + value.text() + "' is listed twice");
            }
        }
        return roles;
    }

    private static Optional<String> slug(YamlMap item, String key, String what) {
        return item.requiredText(key).filter(slug -> {
            if (Slug.isWellFormed(slug)) {
                return true;
            }
            item.report(item.lineOf(key), "'" + slug + "' is not a valid " + what
                    + " id: use lower-case letters, digits and single hyphens, such as 'wifi-survey'");
            return false;
        });
    }

    static String slugOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<UptakeMeasure> measure(String slug) {
        return Arrays.stream(UptakeMeasure.values()).filter(m -> slugOf(m).equals(slug)).findFirst();
    }

    static Optional<ConditionFocus> condition(String slug) {
        return Arrays.stream(ConditionFocus.values()).filter(c -> slugOf(c).equals(slug)).findFirst();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The modules, paths, guides and showcases of the content tree that criteria may name. */
    private static final class References {

        private final Set<String> modules;
        private final Set<String> guides;
        private final Set<String> showcases;
        private final Map<String, PathSource> paths = new LinkedHashMap<>();

        References(ContentTree tree) {
            modules = tree.modules().stream().map(m -> m.slug()).collect(Collectors.toSet());
            guides = tree.guides().stream().map(g -> g.slug()).collect(Collectors.toSet());
            showcases = tree.showcases().stream().map(s -> s.slug()).collect(Collectors.toSet());
            tree.paths().forEach(p -> paths.put(p.slug(), p));
        }

        List<String> modules(YamlMap item) {
            return checked(item, "modules", modules, "module", "modules/<slug>/");
        }

        List<String> guides(YamlMap item) {
            return checked(item, "guides", guides, "guide", "guides/<slug>.md");
        }

        List<String> showcases(YamlMap item) {
            return checked(item, "showcases", showcases, "showcase", "showcases/<slug>.md");
        }

        Optional<String> ppgPath(YamlMap item, String slug) {
            PathSource path = paths.get(slug);
            if (path == null) {
                fail(item, item.lineOf("path"), "no learning path '" + slug + "' exists: paths/" + slug + ".yaml is missing");
                return Optional.empty();
            }
            if (!path.roles().contains(JobRole.PPG_MEMBER)) {
                fail(item, item.lineOf("path"), "learning path '" + slug + "' is not for PPG members (its roles do not include ppg-member)");
                return Optional.empty();
            }
            return Optional.of(slug);
        }

        List<String> pathModules(String slug) {
            return paths.get(slug).moduleSlugs();
        }

        private List<String> checked(YamlMap item, String key, Set<String> known, String kind, String where) {
            List<String> slugs = new ArrayList<>();
            for (YamlValue value : item.optionalList(key)) {
                if (!known.contains(value.text())) {
                    fail(item, value.line(), "no " + kind + " '" + value.text() + "' exists: "
                            + where.replace("<slug>", value.text()) + " is missing");
                } else if (slugs.contains(value.text())) {
                    fail(item, value.line(), kind + " '" + value.text() + "' is listed twice");
                } else {
                    slugs.add(value.text());
                }
            }
            return slugs;
        }

        private void fail(YamlMap item, int line, String message) {
            item.report(line, message);
        }
    }
}
