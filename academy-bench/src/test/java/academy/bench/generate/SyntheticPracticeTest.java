package academy.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.bench.generate.Catalogue.ModuleInfo;
import academy.bench.generate.SyntheticPractice.Completion;
import academy.practice.JobRole;

class SyntheticPracticeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final ModuleInfo SECURITY = new ModuleInfo(1, "data-security", 11, 2, Optional.of(12), true, false);
    static final ModuleInfo REGISTER = new ModuleInfo(2, "register-online", 12, 1, Optional.empty(), true, false);
    static final ModuleInfo CHAMPION = new ModuleInfo(3, "digital-champion", 13, 1, Optional.empty(), false, true);
    static final ModuleInfo CONFIDENCE = new ModuleInfo(4, "low-confidence", 14, 1, Optional.of(24), true, true);
    static final Catalogue CATALOGUE = new Catalogue(List.of(SECURITY, REGISTER, CHAMPION, CONFIDENCE), Map.of(
            JobRole.RECEPTIONIST, List.of(SECURITY, REGISTER, CONFIDENCE),
            JobRole.GP, List.of(SECURITY, CONFIDENCE),
            JobRole.PPG_MEMBER, List.of(CHAMPION, CONFIDENCE)));

    @Test
    void theSameSeedAndNumberMakeTheSamePractice() {
        SyntheticPractice one = new SyntheticPractice(7, 12, TODAY, CATALOGUE);
        SyntheticPractice again = new SyntheticPractice(7, 12, TODAY, CATALOGUE);
        SyntheticPractice other = new SyntheticPractice(7, 13, TODAY, CATALOGUE);

        assertThat(again.name).isEqualTo(one.name);
        assertThat(again.people).isEqualTo(one.people);
        assertThat(again.completions).isEqualTo(one.completions);
        assertThat(again.sessions).isEqualTo(one.sessions);
        assertThat(again.uptake).isEqualTo(one.uptake);
        assertThat(other.odsCode).isNotEqualTo(one.odsCode);
        assertThat(other.people).isNotEqualTo(one.people);
    }

    @Test
    void aPracticeHasOneManagerAndAStaffOfTypicalSize() {
        for (int index = 0; index < 50; index++) {
            SyntheticPractice practice = new SyntheticPractice(1, index, TODAY, CATALOGUE);
            assertThat(practice.people.stream().filter(p -> p.role() == JobRole.PRACTICE_MANAGER && p.leftAt().isEmpty()))
                    .hasSize(1);
            assertThat(practice.people).anyMatch(p -> p.leftAt().isPresent());
            var current = practice.people.stream().filter(p -> p.leftAt().isEmpty()).toList();
            long staff = current.stream().filter(p -> p.role().isStaff()).count();
            long ppg = current.size() - staff;
            assertThat(staff).isBetween(20L, 42L);
            assertThat(ppg).isBetween(7L, 13L);
        }
    }

    @Test
    void completionsAreInThePastAfterJoiningAndOnlyOfModulesMeantForThePerson() {
        Instant now = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int index = 0; index < 30; index++) {
            SyntheticPractice practice = new SyntheticPractice(3, index, TODAY, CATALOGUE);
            for (Completion completion : practice.completions) {
                var person = practice.people.get(completion.person());
                assertThat(completion.completedAt()).isBefore(person.leftAt().orElse(now)).isAfter(person.joinedAt());
                assertThat(completion.score()).isBetween(70, 100);
                if (person.role() == JobRole.PPG_MEMBER) {
                    assertThat(completion.module().forPpg()).isTrue();
                } else {
                    assertThat(completion.module().forStaff()).isTrue();
                }
                completion.expiresAt().ifPresent(expiry -> assertThat(expiry).isAfter(completion.completedAt()));
                assertThat(completion.expiresAt().isPresent()).isEqualTo(completion.module().refreshMonths().isPresent());
            }
        }
    }

    @Test
    void eachEnrolmentPointsAtItsPersonsLatestCompletionOfThatModule() {
        SyntheticPractice practice = new SyntheticPractice(5, 4, TODAY, CATALOGUE);
        assertThat(practice.enrolments).isNotEmpty();
        assertThat(practice.enrolments).anyMatch(e -> !e.completed());
        for (var enrolment : practice.enrolments.stream().filter(e -> e.completed()).toList()) {
            Completion latest = practice.completions.get(enrolment.latestCompletion());
            assertThat(latest.person()).isEqualTo(enrolment.person());
            assertThat(latest.module()).isEqualTo(enrolment.module());
            assertThat(practice.completions.stream()
                    .filter(c -> c.person() == enrolment.person() && c.module().equals(enrolment.module()))
                    .allMatch(c -> !c.completedAt().isAfter(latest.completedAt()))).isTrue();
            assertThat(enrolment.startedAt()).isBefore(latest.completedAt());
        }
        assertThat(practice.enrolments.stream().map(e -> e.person() + "/" + e.module().slug()).distinct())
                .hasSameSizeAs(practice.enrolments);
    }

    @Test
    void refreshedModulesAreRenewedSoSomeoneHasSeveralCompletionsOfOne() {
        boolean renewed = false;
        for (int index = 0; index < 10 && !renewed; index++) {
            SyntheticPractice practice = new SyntheticPractice(9, index, TODAY, CATALOGUE);
            renewed = practice.completions.stream()
                    .filter(c -> c.module().equals(SECURITY))
                    .collect(java.util.stream.Collectors.groupingBy(Completion::person, java.util.stream.Collectors.counting()))
                    .values().stream().anyMatch(count -> count > 1);
        }
        assertThat(renewed).isTrue();
    }

    @Test
    void sessionsAndUptakeFiguresAreAggregatesWithinTheirLimits() {
        for (int index = 0; index < 30; index++) {
            SyntheticPractice practice = new SyntheticPractice(11, index, TODAY, CATALOGUE);
            practice.sessions.forEach(session -> {
                assertThat(session.heldOn()).isBefore(TODAY);
                assertThat(session.attendees()).isBetween(1, 500);
                assertThat(session.signUps()).isBetween(0, session.attendees());
                assertThat(session.runBy()).isNotEmpty();
            });
            practice.uptake.forEach(uptake -> {
                assertThat(uptake.month()).isBefore(TODAY.withDayOfMonth(1));
                assertThat(uptake.figure()).isBetween(0.0, uptake.measure().isPercentage() ? 100.0 : 1_000.0);
            });
        }
    }
}
