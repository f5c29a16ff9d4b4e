package academy.startup;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this instance may take traffic: the database answered, migrations ran and the content
 * tree loaded. Start-up writes it; the readiness health check reads it.
 */
@ApplicationScoped
public class Readiness {

    /** Where start-up got to, with the reasons when it stopped short. */
    public record State(boolean migrated, boolean contentLoaded, List<String> problems) {
        public State {
            problems = List.copyOf(problems);
        }

        public boolean isReady() {
            return migrated && contentLoaded && problems.isEmpty();
        }
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(false, false, List.of("starting")));

    public State state() {
        return state.get();
    }

    void update(State newState) {
        state.set(newState);
    }
}
