package academy.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per content rule: each breaks exactly one thing in a copy of the valid tree and checks
 * that the reader names the file, the line and what is wrong.
 */
class ContentReaderRulesTest {

    private static final String CHAMPION = "modules/digital-champion/";
    private static final String REGISTRATION = "modules/online-access-registration/";

    @TempDir
    Path temporary;

    private ContentFixture tree;

    @BeforeEach
    void copyValidTree() {
        tree = ContentFixture.copyOfValidTreeIn(temporary);
    }

    // --- YAML and front matter that cannot be parsed ---

    @Test
    void unparsableYamlIsReportedAtTheLineSnakeYamlPointsAt() {
        tree.write(CHAMPION + "module.yaml", """
                title: Being a digital champion
                summary: Champions: what they do
                audience: ppg
                area: staff-culture
                minutes: 45
                cpdMinutes: 0
                """);

        tree.assertOnlyProblem(CHAMPION + "module.yaml", 2, "mapping values are not allowed here");
    }

    @Test
    void unparsableFrontMatterIsReportedAtItsLineInTheMarkdownFile() {
        tree.replace("showcases/reading-room-sessions.md",
                "locality: North Vale PCN", "locality: North Vale: PCN");

        tree.assertOnlyProblem("showcases/reading-room-sessions.md", 4, "mapping values are not allowed here");
    }

    @Test
    void markdownWithoutFrontMatterIsReported() {
        tree.write("guides/ordering-repeat-prescriptions.md", "1. Open the NHS App.\n");

        tree.assertOnlyProblem("guides/ordering-repeat-prescriptions.md", 1, "must start with front matter");
    }

    // --- keys ---

    @Test
    void missingRequiredKeyIsReportedAtTheStartOfItsMapping() {
        tree.write(CHAMPION + "module.yaml", """
                title: Being a digital champion
                summary: Understand what a PPG digital champion does.
                audience: ppg
                area: staff-culture
                cpdMinutes: 0
                """);

        tree.assertOnlyProblem(CHAMPION + "module.yaml", 1, "missing required key 'minutes'");
    }

    @Test
    void missingRequiredKeyInFrontMatterIsReportedAtTheFrontMattersFirstLine() {
        tree.replace("guides/ordering-repeat-prescriptions.md",
                "summary: Order your regular medicines without phoning.\n", "");

        tree.assertOnlyProblem("guides/ordering-repeat-prescriptions.md", 2, "missing required key 'summary'");
    }

    @Test
    void unknownKeyIsReportedAtItsLine() {
        tree.write(CHAMPION + "module.yaml", """
                title: Being a digital champion
                summary: Understand what a PPG digital champion does.
                audience: ppg
                area: staff-culture
                minutes: 45
                cpdMinutes: 0
                colour: blue
                """);

        tree.assertOnlyProblem(CHAMPION + "module.yaml", 7, "unknown key 'colour'");
    }

    @Test
    void misspeltKeyIsReportedWithTheKeyItProbablyMeant() {
        tree.replace(CHAMPION + "module.yaml", "minutes: 45", "minuts: 45");

        assertThat(tree.problems()).extracting(ContentProblem::toString).containsExactly(
                CHAMPION + "module.yaml:1: missing required key 'minutes'",
                CHAMPION + "module.yaml:5: unknown key 'minuts': did you mean 'minutes'?");
    }

    @Test
    void keyWrittenTwiceIsReported() {
        tree.write("paths/ppg-members.yaml", """
                title: PPG digital champions
                roles: [ppg-member]
                modules: [digital-champion]
                title: PPG champions
                """);

        tree.assertOnlyProblem("paths/ppg-members.yaml", 4, "key 'title' is written twice");
    }

    // --- types and ranges ---

    @Test
    void wrongTypeIsReportedAtTheValue() {
        tree.replace(CHAMPION + "module.yaml", "minutes: 45", "minutes: forty-five");

        tree.assertOnlyProblem(CHAMPION + "module.yaml", 5, "'minutes' must be a whole number, not 'forty-five'");
    }

    @Test
    void flagThatIsNotTrueOrFalseIsReported() {
        tree.replace(REGISTRATION + "module.yaml", "faceToFace: true", "faceToFace: sometimes");

        tree.assertOnlyProblem(REGISTRATION + "module.yaml", 10, "'faceToFace' must be true or false");
    }

    @ParameterizedTest(name = "{1}: {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            modules/online-access-registration/module.yaml | minutes: 40       | minutes: 0         | 7 | 'minutes' must be between 1 and 600, not 0
            modules/online-access-registration/module.yaml | minutes: 40       | minutes: 601       | 7 | 'minutes' must be between 1 and 600, not 601
            modules/online-access-registration/module.yaml | cpdMinutes: 30    | cpdMinutes: -1     | 8 | 'cpdMinutes' must be between 0 and 600, not -1
            modules/online-access-registration/module.yaml | cpdMinutes: 30    | cpdMinutes: 601    | 8 | 'cpdMinutes' must be between 0 and 600, not 601
            modules/online-access-registration/module.yaml | refreshMonths: 12 | refreshMonths: 0   | 9 | 'refreshMonths' must be between 1 and 120, not 0
            modules/online-access-registration/module.yaml | refreshMonths: 12 | refreshMonths: 121 | 9 | 'refreshMonths' must be between 1 and 120, not 121
            modules/online-access-registration/quiz.yaml   | passMark: 80      | passMark: 0        | 1 | 'passMark' must be between 1 and 100, not 0
            modules/online-access-registration/quiz.yaml   | passMark: 80      | passMark: 101      | 1 | 'passMark' must be between 1 and 100, not 101
            guides/ordering-repeat-prescriptions.md        | minutes: 10       | minutes: 601       | 4 | 'minutes' must be between 1 and 600, not 601
            """)
    void numberOutOfRangeIsReportedAtTheValue(String file, String written, String replacement, int line, String message) {
        tree.replace(file, written, replacement);

        tree.assertOnlyProblem(file, line, message);
    }

    @Test
    void unknownAudienceIsReported() {
        tree.replace(CHAMPION + "module.yaml", "audience: ppg", "audience: patients");

        tree.assertOnlyProblem(CHAMPION + "module.yaml", 3, "unknown audience 'patients': use one of staff, ppg, both");
    }

    @Test
    void unknownAreaIsReported() {
        tree.replace(CHAMPION + "module.yaml", "area: staff-culture", "area: culture");

        tree.assertOnlyProblem(CHAMPION + "module.yaml", 4, "unknown area 'culture'");
    }

    @Test
    void unknownRoleIsReportedAtTheRole() {
        tree.replace("paths/ppg-members.yaml", "roles: [ppg-member]", "roles: [ppg-member, volunteer]");

        tree.assertOnlyProblem("paths/ppg-members.yaml", 2, "unknown role 'volunteer'");
    }

    @Test
    void badlyShapedTagIsReported() {
        tree.replace(REGISTRATION + "module.yaml", "identity-checks", "Identity Checks");

        tree.assertOnlyProblem(REGISTRATION + "module.yaml", 12, "tag 'Identity Checks' must be lower-case words");
    }

    // --- slugs ---

    @Test
    void badSlugIsReportedAtTheDirectory() {
        tree.copy(CHAMPION, "modules/Digital_Champion");

        tree.assertOnlyProblem("modules/Digital_Champion", 1, "'Digital_Champion' is not a valid module slug");
    }

    @Test
    void duplicateSlugIsReportedAtTheSecondFile() {
        tree.write("paths/ppg-members.yml", tree.text("paths/ppg-members.yaml"));

        tree.assertOnlyProblem("paths/ppg-members.yml", 1,
                "duplicate path slug 'ppg-members': paths/ppg-members.yaml already uses it");
    }

    // --- lessons ---

    @Test
    void moduleWithoutLessonsDirectoryIsReported() {
        tree.delete(CHAMPION + "lessons");

        tree.assertOnlyProblem(CHAMPION + "lessons", 1, "missing lessons directory");
    }

    @Test
    void moduleWithoutLessonsIsReported() {
        tree.delete(CHAMPION + "lessons/01-what-a-champion-does.md");

        tree.assertOnlyProblem(CHAMPION + "lessons", 1, "the module has no lessons");
    }

    @Test
    void gapInLessonNumbersIsReportedAtTheLessonAfterIt() {
        tree.move(REGISTRATION + "lessons/02-checking-identity.md", REGISTRATION + "lessons/03-checking-identity.md");

        tree.assertOnlyProblem(REGISTRATION + "lessons/03-checking-identity.md", 1, "expected 02 here, not 03");
    }

    @Test
    void twoLessonsWithTheSameNumberAreReported() {
        tree.write(REGISTRATION + "lessons/02-another-lesson.md", "# Another lesson\n\nText.\n");

        tree.assertOnlyProblem(REGISTRATION + "lessons/02-checking-identity.md", 1,
                "two lessons are numbered 02: " + REGISTRATION + "lessons/02-another-lesson.md is too");
    }

    @Test
    void badLessonFileNameIsReported() {
        tree.move(REGISTRATION + "lessons/02-checking-identity.md", REGISTRATION + "lessons/02_Checking_Identity.md");

        tree.assertOnlyProblem(REGISTRATION + "lessons/02_Checking_Identity.md", 1, "a lesson file name is two digits");
    }

    @Test
    void lessonNotStartingWithLevelOneTitleIsReportedAtItsFirstLine() {
        tree.write(REGISTRATION + "lessons/01-why-online-access-matters.md",
                "\n## Why online access matters\n\nPatients save time.\n");

        tree.assertOnlyProblem(REGISTRATION + "lessons/01-why-online-access-matters.md", 2,
                "a lesson starts with its title as a level-1 heading");
    }

    @Test
    void lessonWithoutBodyIsReportedAtItsTitle() {
        tree.write(REGISTRATION + "lessons/01-why-online-access-matters.md", "# Why online access matters\n\n  \n");

        tree.assertOnlyProblem(REGISTRATION + "lessons/01-why-online-access-matters.md", 1,
                "the lesson has no text after its title");
    }

    // --- quizzes ---

    @Test
    void missingQuizIsReported() {
        tree.delete(CHAMPION + "quiz.yaml");

        tree.assertOnlyProblem(CHAMPION + "quiz.yaml", 1, "missing quiz.yaml");
    }

    @Test
    void quizWithoutQuestionsIsReported() {
        tree.write(CHAMPION + "quiz.yaml", """
                passMark: 100
                questions: []
                """);

        tree.assertOnlyProblem(CHAMPION + "quiz.yaml", 2, "the quiz has no questions");
    }

    @Test
    void questionWithFewerThanTwoOptionsIsReported() {
        tree.write(CHAMPION + "quiz.yaml", """
                passMark: 100
                questions:
                  - question: Should you type a patient's password for them?
                    options: ["No"]
                    correct: "No"
                    explain: An NHS login opens the patient's whole health record.
                """);

        tree.assertOnlyProblem(CHAMPION + "quiz.yaml", 4, "a question has 2 to 6 options; this one has 1");
    }

    @Test
    void questionWithMoreThanSixOptionsIsReported() {
        tree.write(CHAMPION + "quiz.yaml", """
                passMark: 100
                questions:
                  - question: Should you type a patient's password for them?
                    options: ["Yes", "No", "Maybe", "Sometimes", "Rarely", "Often", "Never"]
                    correct: "No"
                    explain: An NHS login opens the patient's whole health record.
                """);

        tree.assertOnlyProblem(CHAMPION + "quiz.yaml", 4, "a question has 2 to 6 options; this one has 7");
    }

    @Test
    void duplicateOptionIsReportedAtTheRepeat() {
        tree.write(CHAMPION + "quiz.yaml", """
                passMark: 100
                questions:
                  - question: Should you type a patient's password for them?
                    options:
                      - "Yes"
                      - "No"
                      - "No"
                    correct: "No"
                    explain: An NHS login opens the patient's whole health record.
                """);

        tree.assertOnlyProblem(CHAMPION + "quiz.yaml", 7, "option 'No' is written twice");
    }

    @Test
    void questionWithoutCorrectAnswerIsReported() {
        tree.replace(CHAMPION + "quiz.yaml", "correct: \"No\"", "correct: []");

        tree.assertOnlyProblem(CHAMPION + "quiz.yaml", 5, "'correct' must name at least one of the options");
    }

    @Test
    void correctAnswerThatIsNotAnOptionIsReportedAtThatAnswer() {
        tree.replace(REGISTRATION + "quiz.yaml", "      - Appointments\n", "      - Appointment\n");

        tree.assertOnlyProblem(REGISTRATION + "quiz.yaml", 14,
                "correct answer 'Appointment' is not one of the options");
    }

    // --- references and paths ---

    @Test
    void showcaseNamingAMissingModuleIsReportedAtTheReference() {
        tree.replace("showcases/reading-room-sessions.md", ", digital-champion]", ", digital-champions]");

        tree.assertOnlyProblem("showcases/reading-room-sessions.md", 8, "no module 'digital-champions' exists");
    }

    @Test
    void guideNamingAMissingModuleIsReportedAtTheReference() {
        tree.replace("guides/ordering-repeat-prescriptions.md", "modules: [online-access-registration]",
                "modules: [online-access-registratio]");

        tree.assertOnlyProblem("guides/ordering-repeat-prescriptions.md", 6, "no module 'online-access-registratio' exists");
    }

    @Test
    void pathNamingAMissingModuleIsReportedAtTheReference() {
        tree.replace("paths/ppg-members.yaml", "  - digital-champion", "  - digital-champions");

        tree.assertOnlyProblem("paths/ppg-members.yaml", 4, "no module 'digital-champions' exists");
    }

    @Test
    void pathWithoutRolesIsReported() {
        tree.replace("paths/reception-team.yaml", "roles: [receptionist, administrator]", "roles: []");

        tree.assertOnlyProblem("paths/reception-team.yaml", 2, "the path names no roles");
    }

    @Test
    void pathWithoutModulesIsReported() {
        tree.replace("paths/reception-team.yaml", "modules: [online-access-registration]", "modules: []");

        tree.assertOnlyProblem("paths/reception-team.yaml", 3, "the path names no modules");
    }

    // --- the tree itself ---

    @Test
    void missingRootIsReported() {
        ContentInvalidException invalid = catchThrowableOfType(ContentInvalidException.class,
                () -> new ContentReader().read(temporary.resolve("no-such-content")));

        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(".");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("no-such-content does not exist");
        });
    }

    @Test
    void missingModulesDirectoryIsReportedOnce() {
        tree.delete("modules");

        tree.assertOnlyProblem("modules", 1, "missing directory");
    }
}
