package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.catalogue.Area;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.practice.JobRole;
import academy.shared.InvalidRequestException;

class TrainingMatrixTest {

    private final ModuleVersion security = LearningFixtures.version(new Module("data-security"), 80,
            List.of(LearningFixtures.question("Q", 2, 0)));
    private final ModuleVersion video = LearningFixtures.version(new Module("video-consultations"), 80,
            List.of(LearningFixtures.question("Q", 2, 0)));

    @Test
    void coverageCountsRequiredPairsPerRoleAndArea() {
        // 4 receptionists need one module, 2 GPs need two; 3 receptionists and 1 GP (one module) are done.
        CoverageReport report = TrainingMatrix.CoverageCount.of(
                Map.of(JobRole.RECEPTIONIST, 4L, JobRole.GP, 2L),
                Map.of(JobRole.RECEPTIONIST, Map.of("data-security", 3L), JobRole.GP, Map.of("video-consultations", 1L)),
                role -> role == JobRole.GP ? List.of(security, video) : List.of(security));
        assertThat(report.byRole()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("receptionist");
            assertThat(c.required()).isEqualTo(4);
            assertThat(c.complete()).isEqualTo(3);
            assertThat(c.percent()).isEqualTo(75);
        });
        assertThat(report.byRole()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("gp");
            assertThat(c.required()).isEqualTo(4);
            assertThat(c.percent()).isEqualTo(25);
        });
        // Both fixture modules are patient-upskilling modules: 8 pairs, 4 done.
        assertThat(report.byArea()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo(Area.PATIENT_UPSKILLING.slug());
            assertThat(c.required()).isEqualTo(8);
            assertThat(c.complete()).isEqualTo(4);
        });
        assertThat(report.byArea()).filteredOn(c -> c.key().equals(Area.INFRASTRUCTURE.slug()))
                .singleElement().satisfies(c -> assertThat(c.percent()).isEqualTo(100));
    }

    @Test
    void nothingRequiredMeansFullCoverage() {
        assertThat(new Coverage("gp", "GP", 0, 0).percent()).isEqualTo(100);
        assertThatThrownBy(() -> new Coverage("gp", "GP", 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFilterIsTidiedAndKeepsToStaff() {
        assertThat(MatrixFilter.ALL.withName("  Sam ").name()).contains("Sam");
        assertThat(MatrixFilter.ALL.withName("   ").name()).isEmpty();
        assertThat(MatrixFilter.ALL.withRole(JobRole.NURSE).withStatus(TrainingStatus.OVERDUE))
                .satisfies(f -> {
                    assertThat(f.role()).contains(JobRole.NURSE);
                    assertThat(f.statuses()).containsExactly(TrainingStatus.OVERDUE);
                });
        assertThatThrownBy(() -> MatrixFilter.ALL.withRole(JobRole.PPG_MEMBER)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> MatrixFilter.ALL.withName("x".repeat(101))).isInstanceOf(InvalidRequestException.class);
        assertThat(new MatrixRow(academy.practice.Membership.invited(LearningFixtures.person("Sam Patel"),
                LearningFixtures.practice("Y09001", "Riverside"), JobRole.GP, LearningFixtures.NOW),
                List.of(new ModuleStatus(security, TrainingStatus.OVERDUE, Optional.empty(), true)))
                .has(TrainingStatus.OVERDUE)).isTrue();
    }

    @Test
    void dueSoonIsOneWordForBothBandsAndFiltersByEither() {
        assertThat(TrainingStatus.DUE_SOON_30.summarySlug()).isEqualTo("due-soon");
        assertThat(TrainingStatus.DUE_SOON_60.summarySlug()).isEqualTo("due-soon");
        assertThat(TrainingStatus.REFRESH_NEEDED.summarySlug()).isEqualTo("refresh-needed");
        assertThat(TrainingStatus.matching("due-soon")).containsExactly(TrainingStatus.DUE_SOON_60, TrainingStatus.DUE_SOON_30);
        assertThat(TrainingStatus.matching("due-soon-30")).containsExactly(TrainingStatus.DUE_SOON_30);
        assertThat(TrainingStatus.matching("overdue")).containsExactly(TrainingStatus.OVERDUE);
        assertThat(TrainingStatus.matching("late")).isEmpty();
        assertThat(MatrixFilter.ALL.withStatus(TrainingStatus.DUE_SOON_30, TrainingStatus.DUE_SOON_60))
                .isEqualTo(MatrixFilter.ALL.withStatuses(TrainingStatus.matching("due-soon")));
    }

    @Test
    void aFilterOnSeveralStatusesAsksForAModuleInAnyOfThem() {
        Map<List<Long>, List<JobRole>> roles = Map.of(List.of(1L, 2L), List.of(JobRole.RECEPTIONIST));
        StatusCondition dueSoon = StatusCondition.of(TrainingStatus.matching("due-soon"), roles, List.of(), LearningFixtures.NOW);
        assertThat(dueSoon.jpql()).contains(":statusNow AND c.expiresAt <= :statusSoon30")
                .contains("c.expiresAt > :statusSoon30 AND c.expiresAt <= :statusSoon60")
                .containsOnlyOnce("m.jobRole IN :statusRoles0");
        assertThat(dueSoon.parameters()).containsKeys("statusNow", "statusSoon30", "statusSoon60", "statusRoles0", "statusModules0");

        // Nothing can need a refresh while no version is voided; with overdue beside it, only overdue counts.
        assertThat(StatusCondition.of(java.util.EnumSet.of(TrainingStatus.REFRESH_NEEDED), roles, List.of(), LearningFixtures.NOW)
                .jpql()).isEqualTo(" AND m.id IS NULL");
        assertThat(StatusCondition.of(java.util.EnumSet.of(TrainingStatus.REFRESH_NEEDED, TrainingStatus.OVERDUE), roles, List.of(),
                LearningFixtures.NOW).jpql()).contains("c.expiresAt <= :statusNow").doesNotContain("statusVoided");
    }
}
