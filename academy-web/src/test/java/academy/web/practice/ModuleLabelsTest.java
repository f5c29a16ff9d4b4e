package academy.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleLabelsTest {

    @Test
    void aTitleLosesTheWordsThatOnlyNarrowItDown() {
        assertThat(ModuleLabels.shortLabel("Data security and protection for everyone in the practice"))
                .isEqualTo("Data security");
        assertThat(ModuleLabels.shortLabel("Apps and telehealth for long-term conditions")).isEqualTo("Apps and telehealth");
        assertThat(ModuleLabels.shortLabel("Video consultations done well")).isEqualTo("Video consultations");
        assertThat(ModuleLabels.shortLabel("Supporting people with little digital confidence")).isEqualTo("Supporting people");
    }

    @Test
    void aLongTitleKeepsItsFirstWordsAndALeadingTheGoes() {
        assertThat(ModuleLabels.shortLabel("The technology-enabled care code of practice")).isEqualTo("Technology-enabled care code");
        assertThat(ModuleLabels.shortLabel("The practice's digital infrastructure")).isEqualTo("Practice's digital infrastructure");
        assertThat(ModuleLabels.shortLabel("Quiz")).isEqualTo("Quiz");
    }
}
