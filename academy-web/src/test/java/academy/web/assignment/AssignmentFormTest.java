package academy.web.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import academy.learning.assignment.DueRule;

class AssignmentFormTest {

    @Test
    void aDueRuleAndMandatoryTravelThroughAConfirmationUnchanged() {
        for (DueRule rule : new DueRule[] {DueRule.on(LocalDate.of(2027, 3, 31)), DueRule.withinDaysOfAssignment(30),
                DueRule.withinDaysOfJoining(14)}) {
            for (boolean mandatory : new boolean[] {true, false}) {
                String text = AssignmentForm.encode(rule, mandatory);
                assertThat(AssignmentForm.decodeDue(text)).isEqualTo(rule);
                assertThat(AssignmentForm.decodeMandatory(text)).isEqualTo(mandatory);
            }
        }
    }
}
