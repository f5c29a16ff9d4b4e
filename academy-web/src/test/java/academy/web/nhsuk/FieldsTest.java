package academy.web.nhsuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of the field-state bean that need no Faces request (outside one, no field has a message). */
class FieldsTest {

    private final Fields fields = new Fields();

    @Test
    void attributesAPageLeftOutWriteNothing() {
        assertThat(Fields.inputClass(false, null)).isEqualTo("nhsuk-input");
        assertThat(Fields.inputClass(false, "")).isEqualTo("nhsuk-input");
        assertThat(Fields.inputClass(false, "7")).isEqualTo("nhsuk-input");
        assertThat(Fields.inputClass(true, 10L)).isEqualTo("nhsuk-input nhsuk-input--width-10 nhsuk-input--error");
        assertThat(Fields.formGroupClass(false, null)).isEqualTo("nhsuk-form-group");
        assertThat(Fields.formGroupClass(true, "extra")).isEqualTo("nhsuk-form-group nhsuk-form-group--error extra");
        assertThat(fields.labelClass(null, null)).isEqualTo("nhsuk-label");
        assertThat(fields.labelClass("m", null)).isEqualTo("nhsuk-label nhsuk-label--m");
        assertThat(fields.labelClass(null, true)).isEqualTo("nhsuk-label nhsuk-label--l");
        assertThat(fields.legendClass("xl", "true")).isEqualTo("nhsuk-fieldset__legend nhsuk-fieldset__legend--xl");
        assertThat(Fields.describedBy("form:email", null, false)).isNull();
        assertThat(Fields.describedBy("form:email", " ", true)).isEqualTo("form:email-error");
        assertThat(Fields.describedBy("form:email", "We send it here", true)).isEqualTo("form:email-hint form:email-error");
        assertThat(fields.number(null, 5)).isEqualTo(5);
        assertThat(fields.number("x", 5)).isEqualTo(5);
        assertThat(fields.number("3", 5)).isEqualTo(3);
        assertThat(fields.on(null)).isFalse();
        assertThat(fields.on("true")).isTrue();
        assertThat(fields.onUnlessOff(null)).isTrue();
        assertThat(fields.onUnlessOff("false")).isFalse();
        assertThat(Fields.join("a", null, "", "null", " b ")).isEqualTo("a b");
    }

    @Test
    void requiredMessagesAreBuiltFromTheLabelUnlessGiven() {
        assertThat(fields.requiredMessage(null, "Enter", "Email address")).isEqualTo("Enter email address");
        assertThat(fields.requiredMessage("", "Enter", "GMC number")).isEqualTo("Enter GMC number");
        assertThat(fields.requiredMessage("Tell us your name", "Enter", "Name")).isEqualTo("Tell us your name");
    }

    @Test
    void tagsComeFromTheVocabularyOrAColour() {
        assertThat(fields.tagClass("overdue", null)).isEqualTo("nhsuk-tag nhsuk-tag--red");
        assertThat(fields.tagText("overdue", null)).isEqualTo("Overdue");
        assertThat(fields.tagClass(null, "aqua-green")).isEqualTo("nhsuk-tag nhsuk-tag--aqua-green");
        assertThat(fields.tagClass(null, null)).isEqualTo("nhsuk-tag");
        assertThat(fields.tagText(null, null)).isEmpty();
        assertThatThrownBy(() -> fields.tagClass(null, "brown")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cardsKnowTheirGroupWhileItDraws() {
        assertThat(fields.inCardGroup()).isFalse();
        fields.openCardGroup("3");
        assertThat(fields.cardItemClass()).isEqualTo("nhsuk-grid-column-one-third nhsuk-card-group__item");
        fields.closeCardGroup();
        fields.openCardGroup(null);
        assertThat(fields.cardItemClass()).isEqualTo("nhsuk-grid-column-one-half nhsuk-card-group__item");
        fields.closeCardGroup();
        assertThat(fields.inCardGroup()).isFalse();
    }

    @Test
    void taskItemsNumberThemselves() {
        assertThat(fields.nextTask()).isEqualTo("nhsuk-task-1");
        assertThat(fields.taskDescribedBy(null)).isEqualTo("nhsuk-task-1-status");
        assertThat(fields.nextTask()).isEqualTo("nhsuk-task-2");
        assertThat(fields.taskDescribedBy("Ten questions")).isEqualTo("nhsuk-task-2-hint nhsuk-task-2-status");
    }
}
