package academy.learning;

import static academy.learning.LearningFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;

import org.junit.jupiter.api.Test;

import academy.account.Person;
import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;
import academy.practice.Practice;
import academy.shared.AcademyException;
import academy.shared.ConflictException;
import academy.shared.InvalidRequestException;

class CompletionTest {

    private final Module module = new Module("online-access-registration");
    private final ModuleVersion version = LearningFixtures.version(module, 1, 2, 80, Optional.of(12), true, false,
            List.of(LearningFixtures.question("Q1", 3, 0)));
    private final Person sam = LearningFixtures.person("Sam Patel");
    private final Practice riverside = LearningFixtures.practice("Y09001", "Riverside Medical Centre");

    @Test
    void anExternalCompletionExpiresAfterTheVersionsRefreshPeriod() {
        Completion completion = Completion.ofExternal(sam, version, riverside, 90, NOW, IdempotencyKey.of("k-1"), NOW);
        assertThat(completion.source()).isEqualTo(CompletionSource.EXTERNAL);
        assertThat(completion.expiresAt()).contains(Instant.parse("2027-03-02T09:00:00Z"));
        assertThat(completion.score()).contains(90);
        assertThat(completion.practice()).isSameAs(riverside);
        assertThat(completion.facts().versionNumber()).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyMustReportTheSameThing() {
        Completion completion = Completion.ofExternal(sam, version, riverside, 90, NOW, IdempotencyKey.of("k-1"), NOW);
        completion.requireSameReport("online-access-registration", 1, 90, NOW);
        assertThatThrownBy(() -> completion.requireSameReport("online-access-registration", 1, 91, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> completion.requireSameReport("online-access-registration", 2, 90, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> completion.requireSameReport("digital-champion", 1, 90, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> completion.requireSameReport("online-access-registration", 1, 90, NOW.minusSeconds(60)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anExternalCompletionDatedInTheFutureIsRejected() {
        Instant later = NOW.plusSeconds(3600);
        assertThatThrownBy(() -> Completion.ofExternal(sam, version, riverside, 90, later.plusSeconds(600),
                IdempotencyKey.of("k"), later)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("future");
        // A player's clock a little ahead of the academy's is tolerated.
        assertThat(Completion.ofExternal(sam, version, riverside, 90, later.plusSeconds(60), IdempotencyKey.of("k"), later)
                .completedAt()).isEqualTo(later.plusSeconds(60));
    }

    @Test
    void anExternalCompletionKeepsMillisecondsSoThatARetryMatchesWhatWasStored() {
        Instant precise = NOW.plusNanos(123_456_789);
        Completion completion = Completion.ofExternal(sam, version, riverside, 90, precise, IdempotencyKey.of("k"),
                NOW.plusSeconds(5));
        assertThat(completion.completedAt()).isEqualTo(NOW.plusMillis(123));
        completion.requireSameReport("online-access-registration", 1, 90, precise);
    }

    @Test
    void anExternalReportBelowThePassMarkIsAFailedAttemptNotACompletion() {
        assertThatThrownBy(() -> Completion.ofExternal(sam, version, riverside, 0, NOW, IdempotencyKey.of("k"), NOW))
                .isInstanceOf(AcademyException.class).isNotInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("pass mark of 80%").hasMessageContaining("0%");
        assertThatThrownBy(() -> Completion.ofExternal(sam, version, riverside, 79, NOW, IdempotencyKey.of("k"), NOW))
                .isInstanceOf(AcademyException.class).hasMessageContaining("pass mark of 80%");
        assertThat(Completion.ofExternal(sam, version, riverside, 80, NOW, IdempotencyKey.of("k"), NOW).score()).contains(80);
    }

    @Test
    void anExternalReportDatedBeforeTheVersionExistedIsRefused() {
        for (String ancient : List.of("0001-01-01T00:00:00Z", "1900-01-01T00:00:00Z")) {
            assertThatThrownBy(() -> Completion.ofExternal(sam, version, riverside, 90, Instant.parse(ancient),
                    IdempotencyKey.of("k"), NOW)).isInstanceOf(AcademyException.class)
                    .isNotInstanceOf(InvalidRequestException.class).hasMessageContaining("before version 1");
        }
        assertThat(Completion.ofExternal(sam, version, riverside, 90, version.loadedAt(), IdempotencyKey.of("k"), NOW)
                .completedAt()).isEqualTo(version.loadedAt());
    }

    @Test
    void scoresOutsideZeroToHundredAreRejected() {
        assertThatThrownBy(() -> Completion.ofExternal(sam, version, riverside, 101, NOW, IdempotencyKey.of("k"), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Completion.ofExternal(sam, version, riverside, -1, NOW, IdempotencyKey.of("k"), NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void faceToFaceOnlyForModulesThatAllowIt() {
        Completion attended = Completion.ofFaceToFace(sam, version, riverside, NOW.minusSeconds(3600), Optional.of(7L), NOW);
        assertThat(attended.source()).isEqualTo(CompletionSource.FACE_TO_FACE);
        assertThat(attended.score()).isEmpty();
        assertThat(attended.completedAt()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(attended.recordedBy()).contains(7L);
        ModuleVersion onlineOnly = LearningFixtures.version(new Module("m"), 1, 1, 80, Optional.empty(), false, false,
                List.of(LearningFixtures.question("Q1", 2, 0)));
        assertThatThrownBy(() -> Completion.ofFaceToFace(sam, onlineOnly, riverside, NOW, Optional.of(7L), NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("face-to-face");
    }

    @Test
    void completionsAreAppendOnly() {
        assertThat(Arrays.stream(Completion.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName))
                .noneMatch(name -> name.startsWith("set") || name.startsWith("update") || name.startsWith("change")
                        || name.startsWith("delete") || name.startsWith("remove"));
        assertThat(Arrays.stream(Completion.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Column.class) || f.isAnnotationPresent(JoinColumn.class)))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.isAnnotationPresent(Column.class)
                        ? f.getAnnotation(Column.class).updatable() : f.getAnnotation(JoinColumn.class).updatable())
                        .as(f.getName() + " is insert-only").isFalse());
    }

    @Test
    void idempotencyKeysAreCheckedAndTrimmed() {
        assertThat(IdempotencyKey.of(" 3f2a-9b:1 ").value()).isEqualTo("3f2a-9b:1");
        assertThatThrownBy(() -> IdempotencyKey.of("")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> IdempotencyKey.of(null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> IdempotencyKey.of("a b")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> IdempotencyKey.of("x".repeat(101))).isInstanceOf(InvalidRequestException.class);
        assertThat(IdempotencyKey.of("x".repeat(100)).value()).hasSize(100);
    }
}
