package academy.accreditation.award;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwardSerialTest {

    @Test
    void aTypedSerialIsReadInAnyCaseWithSpacesAround() {
        assertThat(AwardSerial.parse(" km-2026-000123 ")).hasValue(AwardSerial.of(2026, 123));
    }

    @Test
    void textOfTheRightShapeButOutOfRangeIsNoSerialRatherThanAnError() {
        assertThat(AwardSerial.parse("KM-1999-000001")).isEmpty();
        assertThat(AwardSerial.parse("KM-2026-000000")).isEmpty();
        assertThat(AwardSerial.parse("KM-26-1")).isEmpty();
        assertThat(AwardSerial.parse(null)).isEmpty();
    }
}
