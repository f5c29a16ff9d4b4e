package academy.accreditation.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import academy.catalogue.Area;
import academy.catalogue.content.ContentInvalidException;
import academy.catalogue.content.ContentProblem;
import academy.catalogue.content.ContentReader;
import academy.catalogue.content.ContentTree;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;

class SchemeReaderTest {

    private static final Path REPOSITORY_CONTENT = Path.of("../content");
    private static final String FILE = "scheme/kitemark-1.yaml";

    @TempDir
    Path temp;

    private ContentTree tree;

    @BeforeEach
    void readContent() {
        tree = new ContentReader().read(REPOSITORY_CONTENT);
    }

    @Test
    void theRepositorysSchemeIsValidAndUsesEveryKindInEveryArea() {
        List<SchemeSource> schemes = new SchemeReader().read(REPOSITORY_CONTENT, tree);

        assertThat(schemes).hasSize(1);
        SchemeSource scheme = schemes.get(0);
        assertThat(scheme.version()).isEqualTo(1);
        assertThat(scheme.file()).isEqualTo(FILE);
        assertThat(scheme.levels()).extracting(LevelSource::slug).containsExactly("foundation", "established", "exemplar");
        assertThat(scheme.criteria()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(scheme.criteria()).extracting(CriterionSource::kind).containsAll(Set.of(CriterionKind.values()));
        assertThat(scheme.criteria()).extracting(CriterionSource::area).containsAll(Set.of(Area.values()));
        for (int rank = 1; rank <= 3; rank++) {
            int level = rank;
            assertThat(scheme.criteria()).filteredOn(c -> c.levelRank() == level).isNotEmpty();
        }
        CriterionSource reception = criterion(scheme, "reception-online-access-trained");
        assertThat(reception.roles()).containsExactlyInAnyOrder(JobRole.RECEPTIONIST, JobRole.ADMINISTRATOR);
        assertThat(reception.modules()).containsExactly("online-access-registration");
        assertThat(reception.target()).isEqualTo(80);
        CriterionSource champions = criterion(scheme, "ppg-digital-champions");
        assertThat(champions.path()).contains("ppg-members");
        assertThat(champions.modules()).contains("digital-champion", "guiding-patients-online");
        assertThat(criterion(scheme, "online-access-uptake").measure()).contains(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT);
        assertThat(criterion(scheme, "asthma-sessions").condition()).contains(ConditionFocus.ASTHMA);
        assertThat(criterion(scheme, "wifi-survey").ask()).isPresent();
        assertThat(scheme.contentHash()).hasSize(64);
    }

    @Test
    void aTreeWithoutSchemeDirectoryHasNoScheme() throws IOException {
        Path root = copyOfRepositoryContent();
        Files.delete(root.resolve(FILE));
        Files.delete(root.resolve("scheme"));

        assertThat(new SchemeReader().read(root, tree)).isEmpty();
    }

    @Test
    void unknownReferencesAreErrorsNamingFileAndLineAndNothingIsReturned() throws IOException {
        Path root = copyOfRepositoryContent();
        List<String> lines = new ArrayList<>(Files.readAllLines(root.resolve(FILE)));
        int module = replaceFirst(lines, "modules: [online-access-registration]", "modules: [online-access-registrashun]");
        int role = replaceFirst(lines, "roles: [gp, nurse, pharmacist]", "roles: [gp, surgeon]");
        int metric = replaceFirst(lines, "metric: video-consultations-offered", "metric: patients-delighted");
        int level = replaceFirst(lines, "level: exemplar", "level: platinum");
        int path = replaceFirst(lines, "path: ppg-members", "path: all-staff");
        int showcase = replaceFirst(lines, "showcases: [fixing-wifi-and-equipment]", "showcases: [no-such-story]");
        Files.write(root.resolve(FILE), lines);

        ContentInvalidException invalid = catchThrowableOfType(() -> new SchemeReader().read(root, tree),
                ContentInvalidException.class);

        assertThat(invalid).isNotNull();
        assertThat(invalid.problems()).allMatch(p -> p.file().equals(FILE));
        assertThat(lineOf(invalid, "online-access-registrashun")).isEqualTo(module);
        assertThat(lineOf(invalid, "surgeon")).isEqualTo(role);
        assertThat(lineOf(invalid, "patients-delighted")).isEqualTo(metric);
        assertThat(lineOf(invalid, "platinum")).isEqualTo(level);
        assertThat(lineOf(invalid, "all-staff")).isEqualTo(path);
        assertThat(lineOf(invalid, "no-such-story")).isEqualTo(showcase);
    }

    @Test
    void missingKeysUnknownKindsAndBadNumbersAreReported() throws IOException {
        Path root = copyOfRepositoryContent();
        Files.writeString(root.resolve(FILE), String.join("\n",
                "title: Small scheme",
                "levels:",
                "  - id: foundation",
                "    title: Foundation",
                "    summary: The first level.",
                "criteria:",
                "  - id: wifi",
                "    level: foundation",
                "    area: infrastructure",
                "    kind: evidence",
                "    title: Wifi",
                "  - id: uptake",
                "    level: foundation",
                "    area: patient-upskilling",
                "    kind: metric-threshold",
                "    title: Uptake",
                "    metric: online-access-registered-percent",
                "    atLeast: 130",
                "  - id: guess",
                "    level: foundation",
                "    area: patient-upskilling",
                "    kind: guesswork",
                "    title: Guess",
                "  - id: wifi",
                "    level: foundation",
                "    area: infrastructure",
                "    kind: sessions",
                "    title: Sessions",
                "    sessions: 0",
                "    colour: blue",
                ""));

        ContentInvalidException invalid = catchThrowableOfType(() -> new SchemeReader().read(root, tree),
                ContentInvalidException.class);

        assertThat(invalid.problems()).extracting(ContentProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith(FILE + ":7:").contains("missing required key 'ask'"));
        assertThat(invalid.problems()).extracting(ContentProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith(FILE + ":18:").contains("at most 100"));
        assertThat(invalid.problems()).extracting(ContentProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith(FILE + ":22:").contains("unknown kind 'guesswork'"));
        assertThat(invalid.problems()).extracting(ContentProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith(FILE + ":29:").contains("'sessions' must be between 1"));
        assertThat(invalid.problems()).extracting(ContentProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith(FILE + ":30:").contains("unknown key 'colour'"));
    }

    @Test
    void aBadFileNameIsAnError() throws IOException {
        Path root = copyOfRepositoryContent();
        Files.move(root.resolve(FILE), root.resolve("scheme/kitemark-latest.yaml"));

        ContentInvalidException invalid = catchThrowableOfType(() -> new SchemeReader().read(root, tree),
                ContentInvalidException.class);

        assertThat(invalid.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("scheme/kitemark-latest.yaml");
            assertThat(p.message()).contains("kitemark-<version>.yaml");
        });
    }

    private static CriterionSource criterion(SchemeSource scheme, String slug) {
        return scheme.criteria().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static int lineOf(ContentInvalidException invalid, String mentioned) {
        List<ContentProblem> matching = invalid.problems().stream().filter(p -> p.message().contains("'" + mentioned + "'"))
                .toList();
        assertThat(matching).as("a problem mentioning %s in %s", mentioned, invalid.getMessage()).hasSize(1);
        return matching.get(0).line();
    }

    /** Replaces the first line that reads {@code from} (after its indent); returns its 1-based number. */
    private static int replaceFirst(List<String> lines, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(from)) {
                lines.set(i, lines.get(i).replace(from, to));
                return i + 1;
            }
        }
        throw new AssertionError("no line reads " + from);
    }

    /** Only the scheme is copied: the reader checks it against the tree read from the repository. */
    private Path copyOfRepositoryContent() throws IOException {
        Path root = temp.resolve("content");
        Files.createDirectories(root.resolve("scheme"));
        try (Stream<Path> files = Files.list(REPOSITORY_CONTENT.resolve("scheme"))) {
            for (Path file : files.collect(Collectors.toList())) {
                Files.copy(file, root.resolve("scheme").resolve(file.getFileName().toString()));
            }
        }
        return root;
    }
}
