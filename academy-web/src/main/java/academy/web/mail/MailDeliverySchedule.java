package academy.web.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import academy.shared.mail.OutboxDelivery;
import academy.shared.AcademyStarted;
import academy.signin.SignIn;

/**
 * The academy's background work, once it has started: delivering the mail outbox every
 * {@value #DELIVERY_SECONDS} seconds and, daily, forgetting sign-in attempts the throttle no longer
 * looks at. A failing run is logged and the next one tries again; nothing is thrown at the
 * executor, which would cancel the schedule.
 */
@ApplicationScoped
public class MailDeliverySchedule {

    static final int DELIVERY_SECONDS = 10;
    static final int BATCH = 20;
    static final Duration ATTEMPTS_KEPT = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(MailDeliverySchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxDelivery delivery;

    @Inject
    SignIn signIn;

    @Inject
    Clock clock;

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    void start(@Observes AcademyStarted started) {
        scheduled.add(executor.scheduleWithFixedDelay(this::deliverMail, 2, DELIVERY_SECONDS, TimeUnit.SECONDS));
        scheduled.add(executor.scheduleWithFixedDelay(this::forgetOldAttempts, 1, TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES));
    }

    void deliverMail() {
        try {
            OutboxDelivery.Report report = delivery.deliverPending(BATCH);
            if (report.failed() > 0) {
                LOG.warning(() -> report.failed() + " mail(s) could not be sent; they will be tried again");
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Mail delivery failed; trying again in " + DELIVERY_SECONDS + " s", failed);
        }
    }

    void forgetOldAttempts() {
        try {
            int forgotten = signIn.forgetAttemptsBefore(clock.instant().minus(ATTEMPTS_KEPT));
            LOG.fine(() -> "Forgot " + forgotten + " old sign-in attempts");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not forget old sign-in attempts; trying again tomorrow", failed);
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(future -> future.cancel(false));
    }
}
