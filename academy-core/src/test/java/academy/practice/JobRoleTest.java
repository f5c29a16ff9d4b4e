package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JobRoleTest {

    @Test
    void rolesHaveTheSlugsAndLabelsContentAndPagesUse() {
        assertThat(JobRole.values()).extracting(JobRole::slug, JobRole::label).containsExactly(
                tuple("gp", "GP"),
                tuple("nurse", "Nurse"),
                tuple("healthcare-assistant", "Healthcare assistant"),
                tuple("pharmacist", "Pharmacist"),
                tuple("receptionist", "Receptionist"),
                tuple("administrator", "Administrator"),
                tuple("practice-manager", "Practice manager"),
                tuple("other", "Other staff"),
                tuple("ppg-member", "PPG member"));
    }

    @Test
    void onlyPpgMembersAreNotStaff() {
        assertThat(Stream.of(JobRole.values()).filter(role -> !role.isStaff())).containsExactly(JobRole.PPG_MEMBER);
    }

    @Test
    void everySlugLeadsBackToItsRole() {
        Stream.of(JobRole.values()).forEach(role -> assertThat(JobRole.fromSlug(role.slug())).contains(role));
        assertThat(JobRole.fromSlug("doctor")).isEmpty();
        assertThat(JobRole.fromSlug(null)).isEmpty();
    }
}
