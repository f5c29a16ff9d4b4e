package academy.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class UpskillingSessionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final Practice riverside = PracticeFixtures.practice("Y09001", "Riverside Medical Centre");

    private static SessionDetails details(LocalDate heldOn, int attendees, int signUps) {
        return new SessionDetails(heldOn, SessionTopic.NHS_APP, Optional.of("  Ordering repeats in the app "),
                Optional.of(ConditionFocus.DIABETES), attendees, signUps, Set.of(SessionRunner.PPG_CHAMPIONS, SessionRunner.STAFF));
    }

    @Test
    void aValidSessionIsRecordedAsAggregateNumbers() {
        UpskillingSession session = new UpskillingSession(riverside, details(TODAY, 12, 5), TODAY, Optional.of(3L),
                PracticeFixtures.NOW);
        assertThat(session.heldOn()).isEqualTo(TODAY);
        assertThat(session.topicText()).contains("Ordering repeats in the app");
        assertThat(session.conditionFocus()).contains(ConditionFocus.DIABETES);
        assertThat(session.runBy()).containsExactlyInAnyOrder(SessionRunner.STAFF, SessionRunner.PPG_CHAMPIONS);
        assertThat(Arrays.stream(UpskillingSession.class.getDeclaredFields()).map(f -> f.getName().toLowerCase()))
                .noneMatch(name -> name.contains("patient") || name.contains("nhsnumber"));
    }

    @Test
    void attendeesRunFromOneToFiveHundred() {
        assertThat(details(TODAY, 1, 0).requireValid(TODAY).attendees()).isEqualTo(1);
        assertThat(details(TODAY, 500, 500).requireValid(TODAY).attendees()).isEqualTo(500);
        assertThatThrownBy(() -> details(TODAY, 0, 0).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> details(TODAY, 501, 0).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> details(TODAY, -3, 0).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void signUpsRunFromZeroToTheAttendees() {
        assertThat(details(TODAY, 10, 10).requireValid(TODAY).onlineSignUps()).isEqualTo(10);
        assertThatThrownBy(() -> details(TODAY, 10, 11).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("more online access sign-ups (11) than attendees (10)");
        assertThatThrownBy(() -> details(TODAY, 10, -1).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void theDateCannotBeInTheFuture() {
        assertThat(details(TODAY, 5, 1).requireValid(TODAY).heldOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> details(TODAY.plusDays(1), 5, 1).requireValid(TODAY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> new UpskillingSession(riverside, details(TODAY.plusDays(1), 5, 1), TODAY, Optional.empty(),
                PracticeFixtures.NOW)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void someoneMustHaveRunItAndTheTopicTextIsShort() {
        assertThatThrownBy(() -> new SessionDetails(TODAY, SessionTopic.OTHER, Optional.empty(), Optional.empty(), 5, 0,
                Set.of()).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("who ran");
        assertThatThrownBy(() -> new SessionDetails(TODAY, SessionTopic.OTHER, Optional.of("x".repeat(201)), Optional.empty(),
                5, 0, Set.of(SessionRunner.OTHER)).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new SessionDetails(TODAY, null, Optional.empty(), Optional.empty(), 5, 0,
                Set.of(SessionRunner.STAFF)).requireValid(TODAY)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theLastTwelveMonthsStartADayAfterTheSameDateLastYear() {
        assertThat(UpskillingSession.twelveMonthsBefore(TODAY)).isEqualTo(LocalDate.of(2025, 3, 2));
    }
}
