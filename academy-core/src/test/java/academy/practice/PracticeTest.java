package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

class PracticeTest {

    @Test
    void anArchivedPracticeTakesNoNewMembersUntilReinstated() {
        Practice practice = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");
        assertThat(practice.isActive()).isTrue();
        practice.archive();
        assertThat(practice.status()).isEqualTo(PracticeStatus.ARCHIVED);
        assertThatThrownBy(practice::requireActive).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Riverside Medical Centre has been archived");
        practice.reinstate();
        practice.requireActive();
    }

    @Test
    void detailsAreTidiedAndRequired() {
        PracticeDetails details = new PracticeDetails("  Riverside Medical Centre ", "North Vale PCN", "1 Riverside Walk\r\nZZ1 1AA");
        assertThat(details.name()).isEqualTo("Riverside Medical Centre");
        assertThat(details.address()).isEqualTo("1 Riverside Walk\nZZ1 1AA");
        assertThatThrownBy(() -> new PracticeDetails(" ", "North Vale PCN", "1 Riverside Walk"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("the practice's name");
        assertThatThrownBy(() -> new PracticeDetails("Riverside", "x".repeat(201), "1 Riverside Walk"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 200");
    }

    @Test
    void theLocalityIsGivenOrTakenFromTheNetwork() {
        assertThat(new PracticeDetails("Riverside", "North Vale PCN", "1 Riverside Walk").locality()).isEqualTo("North Vale");
        assertThat(new PracticeDetails("Riverside", "Vale Network", "1 Riverside Walk", " ").locality()).isEqualTo("Vale Network");
        assertThat(new PracticeDetails("Riverside", "North Vale PCN", "1 Riverside Walk", " Northvale ").locality())
                .isEqualTo("Northvale");
        assertThatThrownBy(() -> new PracticeDetails("Riverside", "North Vale PCN", "1 Riverside Walk", "x".repeat(101)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("locality");
    }

    @Test
    void describingAPracticeKeepsItsCode() {
        Practice practice = PracticeFixtures.practice("y09001", "Riverside Medical Centre");
        practice.describe(new PracticeDetails("Riverside Health Centre", "South Vale PCN", "2 Riverside Walk"));
        assertThat(practice.name()).isEqualTo("Riverside Health Centre");
        assertThat(practice.pcn()).isEqualTo("South Vale PCN");
        assertThat(practice.odsCode().value()).isEqualTo("Y09001");
    }
}
