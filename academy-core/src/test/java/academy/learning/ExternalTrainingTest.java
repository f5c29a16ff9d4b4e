package academy.learning;

import static academy.learning.LearningFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import academy.account.Person;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.practice.Practice;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

/** The rules of training done elsewhere and the life of one record, without a container. */
class ExternalTrainingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Module module = new Module("data-security-and-protection");
    private final ModuleVersion version = LearningFixtures.version(module, 1, 2, 80, Optional.of(12), false, false,
            List.of(LearningFixtures.question("Q1", 3, 0)));
    private final Person sam = LearningFixtures.person("Sam Patel");
    private final Practice riverside = LearningFixtures.practice("Y09001", "Riverside Medical Centre");

    @Test
    void theDateMustBeARealPastDayFrom2000() {
        assertThat(ExternalTrainingRules.completedOn(TODAY, TODAY)).isEqualTo(TODAY);
        assertThat(ExternalTrainingRules.completedOn(LocalDate.of(2000, 1, 1), TODAY)).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThatThrownBy(() -> ExternalTrainingRules.completedOn(TODAY.plusDays(1), TODAY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("today or in the past");
        assertThatThrownBy(() -> ExternalTrainingRules.completedOn(LocalDate.of(1999, 12, 31), TODAY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("on or after 1 January 2000");
        assertThatThrownBy(() -> ExternalTrainingRules.completedOn(null, TODAY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Enter the date");
    }

    @Test
    void providerAndTitleAreRequiredAndBounded() {
        assertThat(ExternalTrainingRules.provider("  e-Learning for Healthcare ")).isEqualTo("e-Learning for Healthcare");
        assertThatThrownBy(() -> ExternalTrainingRules.provider(" ")).hasMessage("Enter who provided the training.");
        assertThatThrownBy(() -> ExternalTrainingRules.title(null)).hasMessage("Enter the title of the training.");
        assertThatThrownBy(() -> ExternalTrainingRules.title("x".repeat(201))).hasMessageContaining("at most 200");
    }

    @Test
    void aReasonIsNeededToTurnDownButNotToApprove() {
        assertThat(ExternalTrainingRules.reason("  ", true)).isNull();
        assertThat(ExternalTrainingRules.reason(" Matches our module ", true)).isEqualTo("Matches our module");
        assertThatThrownBy(() -> ExternalTrainingRules.reason("", false))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Enter a reason");
        assertThatThrownBy(() -> ExternalTrainingRules.reason("x".repeat(1001), true)).hasMessageContaining("at most 1000");
    }

    @Test
    void aNewRecordWaitsAndRefusesBadInput() {
        ExternalTraining training = training(Optional.of(version));
        assertThat(training.status()).isEqualTo(ExternalTrainingStatus.PENDING);
        assertThat(training.isPending()).isTrue();
        assertThat(training.completedAt()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThatThrownBy(() -> new ExternalTraining(sam, riverside, "NHS", "Course", LocalDate.of(2026, 3, 3),
                Optional.empty(), Optional.empty(), NOW)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void decidedOnceOnly() {
        ExternalTraining approved = training(Optional.of(version));
        approved.approve(7L, "Morgan Lee", "", NOW);
        assertThat(approved.status()).isEqualTo(ExternalTrainingStatus.APPROVED);
        assertThat(approved.reason()).isEmpty();
        assertThat(approved.decidedByName()).contains("Morgan Lee");
        assertThatThrownBy(() -> approved.reject(8L, "Ash Khan", "No", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already approved by Morgan Lee on 2 March 2026");
        assertThatThrownBy(() -> approved.withdraw(NOW)).isInstanceOf(ConflictException.class);

        ExternalTraining rejected = training(Optional.empty());
        assertThatThrownBy(() -> rejected.reject(7L, "Morgan Lee", " ", NOW)).isInstanceOf(InvalidRequestException.class);
        assertThat(rejected.isPending()).isTrue();
        rejected.reject(7L, "Morgan Lee", "The certificate is for a different course", NOW);
        assertThat(rejected.reason()).contains("The certificate is for a different course");
        assertThatThrownBy(() -> rejected.approve(7L, "Morgan Lee", null, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("turned down");

        ExternalTraining withdrawn = training(Optional.empty());
        withdrawn.withdraw(NOW);
        assertThat(withdrawn.status()).isEqualTo(ExternalTrainingStatus.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.approve(7L, "Morgan Lee", null, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("withdrawn");
    }

    @Test
    void anApprovedClaimIsACompletionDatedTheDayItWasDoneExpiringByTheRefreshPeriod() throws Exception {
        ExternalTraining training = training(Optional.of(version));
        setId(training, 42L);
        assertThatThrownBy(() -> Completion.ofExternalEvidence(version, training, 7L, NOW))
                .isInstanceOf(IllegalStateException.class);
        training.approve(7L, "Morgan Lee", null, NOW);
        Completion completion = Completion.ofExternalEvidence(version, training, 7L, NOW);
        assertThat(completion.source()).isEqualTo(CompletionSource.EXTERNAL_EVIDENCE);
        assertThat(completion.completedAt()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(completion.expiresAt()).contains(Instant.parse("2027-01-15T00:00:00Z"));
        assertThat(completion.score()).isEmpty();
        assertThat(completion.recordedBy()).contains(7L);
        assertThat(completion.idempotencyKey()).contains("external-training:42");
        assertThat(completion.practice()).isSameAs(riverside);
    }

    private ExternalTraining training(Optional<ModuleVersion> module) {
        return new ExternalTraining(sam, riverside, "e-Learning for Healthcare", "Data Security Awareness Level 1",
                LocalDate.of(2026, 1, 15), module, Optional.empty(), NOW);
    }

    private static void setId(Object entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
