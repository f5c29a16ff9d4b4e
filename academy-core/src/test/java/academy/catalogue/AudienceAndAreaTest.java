package academy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import academy.practice.JobRole;

class AudienceAndAreaTest {

    @Test
    void audiencesHaveTheSlugsAndLabelsContentAndPagesUse() {
        assertThat(Audience.values()).extracting(Audience::slug, Audience::label).containsExactly(
                tuple("staff", "Staff"),
                tuple("ppg", "PPG members"),
                tuple("both", "Staff and PPG members"));
    }

    @Test
    void areasHaveTheSlugsAndLabelsContentAndPagesUse() {
        assertThat(Area.values()).extracting(Area::slug, Area::label).containsExactly(
                tuple("infrastructure", "Technological infrastructure"),
                tuple("staff-culture", "Staff culture and development"),
                tuple("patient-upskilling", "Patient upskilling"));
    }

    @Test
    void everySlugLeadsBackToItsValue() {
        Stream.of(Audience.values()).forEach(audience ->
                assertThat(Audience.fromSlug(audience.slug())).contains(audience));
        Stream.of(Area.values()).forEach(area -> assertThat(Area.fromSlug(area.slug())).contains(area));
    }

    @Test
    void aStaffOnlyModuleAdmitsStaffAndNotPpgMembersWhileTheOthersAdmitEveryone() {
        for (JobRole role : JobRole.values()) {
            assertThat(Audience.STAFF.admits(role)).as(role.name()).isEqualTo(role != JobRole.PPG_MEMBER);
            assertThat(Audience.PPG.admits(role)).as(role.name()).isTrue();
            assertThat(Audience.BOTH.admits(role)).as(role.name()).isTrue();
        }
    }

    @Test
    void findsNothingForNamesThatAreNotSlugs() {
        assertThat(Audience.fromSlug("STAFF")).isEmpty();
        assertThat(Audience.fromSlug(null)).isEmpty();
        assertThat(Area.fromSlug("patient_upskilling")).isEmpty();
        assertThat(Area.fromSlug("")).isEmpty();
    }
}
