package academy.learning;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import academy.account.EmailAddress;
import academy.account.PasswordHash;
import academy.account.PasswordHashing;
import academy.account.Person;
import academy.catalogue.Area;
import academy.catalogue.Audience;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.catalogue.content.LessonSource;
import academy.catalogue.content.ModuleSource;
import academy.catalogue.content.QuestionSource;
import academy.catalogue.content.QuizSource;
import academy.practice.JoinCode;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;

/** Unsaved modules, people and practices for rule tests. */
final class LearningFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final PasswordHash HASH = new PasswordHashing(1_000, new SecureRandom()).hash("lantern orchard kettle");

    private LearningFixtures() {
    }

    /** A module version with {@code lessons} lessons and the given questions. */
    static ModuleVersion version(Module module, int number, int lessons, int passMark, Optional<Integer> refreshMonths,
                                 boolean faceToFace, boolean significant, List<QuestionSource> questions) {
        List<LessonSource> lessonSources = new ArrayList<>();
        for (int i = 1; i <= lessons; i++) {
            lessonSources.add(new LessonSource(i, "Lesson " + i, "Text " + i, "<p>Text " + i + "</p>"));
        }
        ModuleSource source = new ModuleSource(module.slug(), "Online access", "Summary", Audience.STAFF,
                Area.PATIENT_UPSKILLING, 20, 20, refreshMonths, faceToFace, significant, List.of(), lessonSources,
                new QuizSource(passMark, questions), "hash-" + number);
        return new ModuleVersion(module, number, source, NOW);
    }

    static ModuleVersion version(Module module, int passMark, List<QuestionSource> questions) {
        return version(module, 1, 2, passMark, Optional.of(12), false, false, questions);
    }

    static QuestionSource question(String text, int options, Integer... correct) {
        List<String> optionTexts = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            optionTexts.add(text + " option " + i);
        }
        return new QuestionSource(text, optionTexts, Set.of(correct), "Because " + text);
    }

    static Person person(String name) {
        return Person.confirmed(name, EmailAddress.of(name.toLowerCase().replace(' ', '.') + "@example.org"), HASH, NOW);
    }

    static Person person(String name, String email) {
        return Person.confirmed(name, EmailAddress.of(email), HASH, NOW);
    }

    static Practice practice(String odsCode, String name) {
        return new Practice(OdsCode.of(odsCode), new PracticeDetails(name, "North Vale PCN", "1 High Street\nZZ1 1AA"),
                JoinCode.generate(new SecureRandom()), NOW);
    }
}
