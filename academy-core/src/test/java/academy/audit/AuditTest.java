package academy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.shared.Actor;
import academy.shared.InvalidRequestException;

class AuditTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void actionsAreDottedLowerCaseNames() {
        assertThat(new AuditAction("person.invited").code()).isEqualTo("person.invited");
        assertThat(new AuditAction("signin.failed")).isEqualTo(new AuditAction("signin.failed"));
        for (String bad : new String[] {"person", "Person.Invited", "person..invited", ".invited", "person.invited.", "a b.c"}) {
            assertThatThrownBy(() -> new AuditAction(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEntryRecordsWhoWhatWhereAndWhen() {
        Actor helen = Actor.person(5, "Helen Carter", Set.of(), Set.of(101L), "192.0.2.7");
        AuditEntry entry = new AuditEntry(NOW, helen, new AuditAction("membership.approved"),
                AuditSubject.of("membership", 42), Optional.of(101L), "  margaret@example.org ");
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.personId()).contains(5L);
        assertThat(entry.actorName()).isEqualTo("Helen Carter");
        assertThat(entry.action().code()).isEqualTo("membership.approved");
        assertThat(entry.subject()).isEqualTo(new AuditSubject("membership", "42"));
        assertThat(entry.practiceId()).contains(101L);
        assertThat(entry.clientAddress()).isEqualTo("192.0.2.7");
        assertThat(entry.details()).isEqualTo("margaret@example.org");
    }

    @Test
    void anonymousAndSystemActorsAreNamed() {
        AuditEntry anonymous = new AuditEntry(NOW, Actor.anonymous(null), new AuditAction("signin.failed"),
                new AuditSubject("email", "x@example.org"), Optional.empty(), "wrong-password");
        assertThat(anonymous.actorName()).isEqualTo("anonymous");
        assertThat(anonymous.personId()).isEmpty();
        assertThat(anonymous.clientAddress()).isEqualTo(Actor.NO_ADDRESS);
        assertThat(new AuditEntry(NOW, Actor.system(), new AuditAction("demo.seeded"), AuditSubject.none(),
                Optional.empty(), "").actorName()).isEqualTo("system");
    }

    @Test
    void longDetailsAreCut() {
        AuditEntry entry = new AuditEntry(NOW, Actor.system(), new AuditAction("demo.seeded"), AuditSubject.none(),
                Optional.empty(), "x".repeat(5000));
        assertThat(entry.details()).hasSize(AuditEntry.MAX_DETAILS_LENGTH).endsWith("…");
    }

    @Test
    void entriesCannotBeChangedThroughTheirApi() {
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName))
                .noneMatch(name -> name.startsWith("set") || name.startsWith("update") || name.startsWith("change"));
    }

    @Test
    void filtersAreCheckedAndTidied() {
        assertThat(AuditFilter.ALL.withActionPrefix(" SignIn. ").actionPrefix()).contains("signin.");
        assertThat(AuditFilter.ALL.withActionPrefix("  ").actionPrefix()).isEmpty();
        assertThatThrownBy(() -> AuditFilter.ALL.withActionPrefix("signin%")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AuditFilter.ALL.between(NOW, NOW)).isInstanceOf(InvalidRequestException.class);
        assertThat(AuditFilter.ALL.withPerson(5).withPractice(101).between(NOW, NOW.plusSeconds(1)))
                .satisfies(f -> {
                    assertThat(f.personId()).contains(5L);
                    assertThat(f.practiceId()).contains(101L);
                    assertThat(f.from()).contains(NOW);
                });
    }

    @Test
    void likePatternsAreEscaped() {
        assertThat(AuditTrail.likeEscape("a_b%c\\")).isEqualTo("a\\_b\\%c\\\\");
    }
}
