package academy.shared.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The academy's one source of "now", so rules about time can be tested with a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    // Dependent scope: Clock is a value, and a client proxy around it would buy nothing.
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
