package academy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import academy.accreditation.scheme.SchemeImport;
import academy.accreditation.scheme.SchemeLoading;
import academy.accreditation.scheme.SchemeSource;
import academy.catalogue.CatalogueImport;
import academy.catalogue.ContentLoading;
import academy.catalogue.content.ContentInvalidException;
import academy.catalogue.content.ContentProblem;
import academy.catalogue.content.ContentTree;
import academy.shared.AcademyStarted;

/** Content and kite-mark scheme are both validated before either is applied. */
class StartupSequenceTest {

    private final List<String> steps = new ArrayList<>();

    @Test
    void aBadSchemeFileMeansNothingOfTheContentIsAppliedAndTheProblemIsReported() {
        StartupSequence sequence = sequence(true);

        sequence.run();

        assertThat(steps).containsExactly("migrate", "read content", "read scheme");
        assertThat(sequence.readiness.state().contentLoaded()).isFalse();
        assertThat(sequence.readiness.state().problems())
                .containsExactly("scheme/kitemark-1.yaml:12: unknown module 'x'");
    }

    @Test
    void aValidTreeAndSchemeAreAppliedInThatOrderThenTheAcademyStarts() {
        StartupSequence sequence = sequence(false);

        sequence.run();

        assertThat(steps).containsExactly("migrate", "read content", "read scheme", "apply content", "apply scheme", "started");
        assertThat(sequence.readiness.state().isReady()).isTrue();
    }

    private StartupSequence sequence(boolean badScheme) {
        StartupSequence sequence = new StartupSequence();
        sequence.migration = new DatabaseMigration() {
            @Override
            public MigrateResult migrate() {
                steps.add("migrate");
                return null;
            }
        };
        ContentTree tree = new ContentTree(List.of(), List.of(), List.of(), List.of());
        sequence.contentLoading = new ContentLoading() {
            @Override
            public Path contentRoot() {
                return Path.of("content");
            }

            @Override
            public ContentTree read() {
                steps.add("read content");
                return tree;
            }

            @Override
            public CatalogueImport.Outcome apply(ContentTree applied) {
                steps.add("apply content");
                return new CatalogueImport.Outcome(0, 0, 0, 0, 0, 0, 0);
            }
        };
        sequence.schemeLoading = new SchemeLoading() {
            @Override
            public List<SchemeSource> read(ContentTree read) {
                steps.add("read scheme");
                if (badScheme) {
                    throw new ContentInvalidException(List.of(new ContentProblem("scheme/kitemark-1.yaml", 12,
                            "unknown module 'x'")));
                }
                return List.of();
            }

            @Override
            public SchemeImport.Outcome apply(List<SchemeSource> schemes) {
                steps.add("apply scheme");
                return new SchemeImport.Outcome(0, Optional.empty());
            }
        };
        sequence.readiness = new Readiness();
        sequence.started = new RecordingEvent();
        return sequence;
    }

    /** Records that the start was announced. */
    private final class RecordingEvent implements Event<AcademyStarted> {
        @Override
        public void fire(AcademyStarted event) {
            steps.add("started");
        }

        @Override
        public <U extends AcademyStarted> CompletionStage<U> fireAsync(U event) {
            steps.add("started (async)");
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends AcademyStarted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<AcademyStarted> select(Annotation... qualifiers) {
            return this;
        }

        // One recorder serves every subtype: the test only asks which steps ran, in which order.
        @Override
        @SuppressWarnings("unchecked")
        public <U extends AcademyStarted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            return (Event<U>) (Event<?>) this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends AcademyStarted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            return (Event<U>) (Event<?>) this;
        }
    }
}
