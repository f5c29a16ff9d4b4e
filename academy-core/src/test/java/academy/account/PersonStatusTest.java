package academy.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonStatusTest {

    @Test
    void anAccountNotYetSetUpSaysSoWhetherInvitedOrUnconfirmed() {
        assertThat(PersonStatus.ACTIVE.label()).isEqualTo("Active");
        assertThat(PersonStatus.SUSPENDED.label()).isEqualTo("Suspended");
        assertThat(PersonStatus.INVITED.label()).isEqualTo("Not set up yet");
        assertThat(PersonStatus.UNVERIFIED.label()).isEqualTo("Not set up yet");
    }

    @Test
    void onlyASuspendedAccountIsSuspended() {
        assertThat(PersonStatus.values()).filteredOn(PersonStatus::isSuspended).containsExactly(PersonStatus.SUSPENDED);
    }
}
