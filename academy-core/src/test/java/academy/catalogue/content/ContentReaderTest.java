package academy.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import academy.catalogue.Area;
import academy.catalogue.Audience;
import academy.practice.JobRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    private final ContentTree tree = new ContentReader().read(ContentFixture.validTree());

    @Test
    void readsModulesInSlugOrder() {
        assertThat(tree.modules()).extracting(ModuleSource::slug)
                .containsExactly("digital-champion", "online-access-registration");
    }

    @Test
    void readsEveryFieldOfAModule() {
        ModuleSource module = tree.findModule("online-access-registration").orElseThrow();

        assertThat(module.title()).isEqualTo("Helping patients register for online services");
        assertThat(module.summary()).isEqualTo("Register a patient for online services and check who they are.");
        assertThat(module.audience()).isEqualTo(Audience.STAFF);
        assertThat(module.area()).isEqualTo(Area.PATIENT_UPSKILLING);
        assertThat(module.minutes()).isEqualTo(40);
        assertThat(module.cpdMinutes()).isEqualTo(30);
        assertThat(module.refreshMonths()).contains(12);
        assertThat(module.faceToFace()).isTrue();
        assertThat(module.significant()).isFalse();
        assertThat(module.tags()).containsExactly("online-access", "identity-checks");
        assertThat(module.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void readsLessonsInNumberOrderWithTitleBodyAndSafeHtml() {
        List<LessonSource> lessons = tree.findModule("online-access-registration").orElseThrow().lessons();

        assertThat(lessons).containsExactly(
                new LessonSource(1, "Why online access matters",
                        "Patients who order **repeat prescriptions** online free the phone lines.",
                        "<p>Patients who order <strong>repeat prescriptions</strong> online free the phone lines.</p>\n"),
                new LessonSource(2, "Checking who the patient is",
                        """
                        | Check | Acceptable |
                        |---|---|
                        | Photo ID | yes |

                        Read the [NHS guidance](https://www.nhs.uk/nhs-app/).""",
                        "<table><thead><tr><th>Check</th><th>Acceptable</th></tr></thead>"
                                + "<tbody><tr><td>Photo ID</td><td>yes</td></tr></tbody></table>\n"
                                + "<p>Read the <a href=\"https://www.nhs.uk/nhs-app/\" rel=\"noopener noreferrer\">"
                                + "NHS guidance</a>.</p>\n"));
    }

    @Test
    void readsTheQuizWithCorrectAnswersAsIndicesIntoTheOptions() {
        QuizSource quiz = tree.findModule("online-access-registration").orElseThrow().quiz();

        assertThat(quiz.passMark()).isEqualTo(80);
        assertThat(quiz.questions()).containsExactly(
                new QuestionSource("Which of these is an acceptable identity check?",
                        List.of("A photo of the patient's bank card sent by email",
                                "Photo ID checked at the reception desk",
                                "Whatever the patient tells you on the phone"),
                        Set.of(1),
                        "Photo ID seen in person is a recognised check."),
                new QuestionSource("Which services can a patient use online?",
                        List.of("Repeat prescriptions", "Appointments", "Blood transfusions"),
                        Set.of(0, 1),
                        "Prescriptions and appointments are online services."));
    }

    @Test
    void leavesOptionalModuleKeysAtTheirDefaults() {
        ModuleSource module = tree.findModule("digital-champion").orElseThrow();

        assertThat(module.title()).isEqualTo("Being a digital champion");
        assertThat(module.summary()).isEqualTo("Understand what a PPG digital champion does.");
        assertThat(module.audience()).isEqualTo(Audience.PPG);
        assertThat(module.area()).isEqualTo(Area.STAFF_CULTURE);
        assertThat(module.minutes()).isEqualTo(45);
        assertThat(module.cpdMinutes()).isZero();
        assertThat(module.refreshMonths()).isEqualTo(Optional.empty());
        assertThat(module.faceToFace()).isFalse();
        assertThat(module.significant()).isFalse();
        assertThat(module.tags()).isEmpty();
        assertThat(module.lessons()).containsExactly(new LessonSource(1, "What a digital champion does",
                "You help other patients feel able to use online services.",
                "<p>You help other patients feel able to use online services.</p>\n"));
    }

    @Test
    void keepsQuizAnswersAsWrittenEvenWhenYamlWouldCallThemBooleans() {
        QuizSource quiz = tree.findModule("digital-champion").orElseThrow().quiz();

        assertThat(quiz.passMark()).isEqualTo(100);
        assertThat(quiz.questions()).containsExactly(new QuestionSource(
                "Should you type a patient's password for them?",
                List.of("Yes", "No"),
                Set.of(1),
                "An NHS login opens the patient's whole health record."));
    }

    @Test
    void readsEveryFieldOfAShowcase() {
        assertThat(tree.showcases()).containsExactly(new ShowcaseSource(
                "reading-room-sessions",
                "How a reading-room session doubled online sign-ups",
                "Brookfield Surgery",
                "North Vale PCN",
                Area.PATIENT_UPSKILLING,
                "Monthly sessions in the waiting room.",
                List.of("online-access"),
                List.of("online-access-registration", "digital-champion"),
                "Brookfield ran a session *every month*.",
                "<p>Brookfield ran a session <em>every month</em>.</p>\n"));
    }

    @Test
    void readsEveryFieldOfAGuide() {
        assertThat(tree.guides()).containsExactly(new GuideSource(
                "ordering-repeat-prescriptions",
                "Ordering a repeat prescription online",
                "Order your regular medicines without phoning.",
                10,
                List.of("prescriptions"),
                List.of("online-access-registration"),
                "1. Open the NHS App.\n2. Choose **Prescriptions**.",
                "<ol><li>Open the NHS App.</li><li>Choose <strong>Prescriptions</strong>.</li></ol>\n"));
    }

    @Test
    void readsEveryFieldOfAPath() {
        assertThat(tree.paths()).containsExactly(
                new PathSource("ppg-members", "PPG digital champions",
                        Set.of(JobRole.PPG_MEMBER), List.of("digital-champion")),
                new PathSource("reception-team", "Reception and administration team",
                        Set.of(JobRole.RECEPTIONIST, JobRole.ADMINISTRATOR), List.of("online-access-registration")));
    }

    @Test
    void returnsListsThatCannotBeChanged() {
        ModuleSource module = tree.modules().get(0);

        assertThat(List.of(tree.modules(), module.lessons(), module.tags(), module.quiz().questions()))
                .allSatisfy(list -> assertThat(list).isUnmodifiable());
        assertThat(tree.paths().get(0).roles()).isUnmodifiable();
        assertThat(module.quiz().questions().get(0).correct()).isUnmodifiable();
    }

    @Test
    void findsNoModuleForAnUnknownSlug() {
        assertThat(tree.findModule("no-such-module")).isEmpty();
    }

    @Test
    void needsOnlyTheModulesDirectory(@TempDir Path temporary) {
        ContentFixture minimal = ContentFixture.copyOfValidTreeIn(temporary)
                .delete("showcases").delete("guides").delete("paths");

        ContentTree read = minimal.read();

        assertThat(read.modules()).hasSize(2);
        assertThat(read.showcases()).isEmpty();
        assertThat(read.guides()).isEmpty();
        assertThat(read.paths()).isEmpty();
    }

    @Test
    void ignoresHiddenFilesAndReadmes(@TempDir Path temporary) {
        ContentFixture tree = ContentFixture.copyOfValidTreeIn(temporary)
                .write("modules/digital-champion/lessons/.gitkeep", "")
                .write("showcases/README.md", "How to write a showcase.")
                .write("paths/.DS_Store", "binary junk")
                .write("modules/README.md", "How to write a module.");

        assertThat(tree.read()).isEqualTo(new ContentReader().read(ContentFixture.validTree()));
    }

    @Test
    void reportsAllProblemsAtOnceInFileOrder(@TempDir Path temporary) {
        ContentFixture tree = ContentFixture.copyOfValidTreeIn(temporary)
                .replace("paths/reception-team.yaml", "roles: [receptionist, administrator]", "roles: [receptionist, porter]")
                .replace("modules/digital-champion/module.yaml", "minutes: 45", "minutes: 0")
                .delete("modules/online-access-registration/quiz.yaml");

        ContentInvalidException invalid = catchThrowableOfType(ContentInvalidException.class, tree::read);

        assertThat(invalid.problems()).extracting(ContentProblem::file, ContentProblem::line).containsExactly(
                tuple("modules/digital-champion/module.yaml", 5),
                tuple("modules/online-access-registration/quiz.yaml", 1),
                tuple("paths/reception-team.yaml", 2));
        assertThat(invalid.getMessage()).isEqualTo("""
                The content has 3 problems:
                modules/digital-champion/module.yaml:5: 'minutes' must be between 1 and 600, not 0
                modules/online-access-registration/quiz.yaml:1: missing quiz.yaml: every module ends with a quiz
                paths/reception-team.yaml:2: unknown role 'porter': use one of gp, nurse, healthcare-assistant, \
                pharmacist, receptionist, administrator, practice-manager, other, ppg-member""");
    }
}
