package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.catalogue.LearningPath;
import academy.catalogue.content.PathSource;
import academy.practice.JobRole;

class RequiredModulesTest {

    private final LearningPath allStaff = new LearningPath(new PathSource("all-staff", "All staff",
            Set.of(JobRole.GP, JobRole.NURSE, JobRole.RECEPTIONIST), List.of("data-security", "low-confidence")));
    private final LearningPath clinicians = new LearningPath(new PathSource("clinicians", "Clinicians",
            Set.of(JobRole.GP, JobRole.NURSE), List.of("video-consultations", "data-security")));
    private final LearningPath ppg = new LearningPath(new PathSource("ppg-members", "PPG",
            Set.of(JobRole.PPG_MEMBER), List.of("digital-champion", "low-confidence")));

    @Test
    void theRequiredModulesAreTheUnionOfThePathsForTheRolesEachOnce() {
        assertThat(RequiredModules.of(List.of(clinicians, allStaff, ppg), Set.of(JobRole.GP)))
                .containsExactly("data-security", "low-confidence", "video-consultations");
    }

    @Test
    void aPersonWithTwoMembershipsNeedsBothRolesModules() {
        assertThat(RequiredModules.of(List.of(allStaff, clinicians, ppg), Set.of(JobRole.RECEPTIONIST, JobRole.PPG_MEMBER)))
                .containsExactly("data-security", "low-confidence", "digital-champion");
    }

    @Test
    void ppgMembersGetThePpgPathOnly() {
        assertThat(RequiredModules.of(List.of(allStaff, clinicians, ppg), Set.of(JobRole.PPG_MEMBER)))
                .containsExactly("digital-champion", "low-confidence");
    }

    @Test
    void aWithdrawnPathRequiresNothing() {
        clinicians.withdraw();
        assertThat(RequiredModules.of(List.of(clinicians), Set.of(JobRole.GP))).isEmpty();
        assertThat(RequiredModules.of(List.of(allStaff), Set.of())).isEmpty();
    }
}
