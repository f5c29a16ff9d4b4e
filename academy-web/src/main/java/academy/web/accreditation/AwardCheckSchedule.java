package academy.web.accreditation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

import academy.accreditation.award.NightlyAwardChecks;
import academy.learning.assignment.Refreshers;
import academy.shared.AcademyStarted;

/**
 * Runs the nightly award checks ({@link NightlyAwardChecks}: lapses, missed conditions, renewal
 * reminders) and then the refresher pass ({@link Refreshers}) at {@value #HOUR_UTC}:00 UTC every day, and once shortly after start-up so a night the
 * academy was down is caught up. Every instance runs it; the checks lock each row, so each thing
 * happens once however many run.
 */
@ApplicationScoped
public class AwardCheckSchedule {

    static final int HOUR_UTC = 2;
    static final int MINUTES_AFTER_START = 5;
    private static final Logger LOG = Logger.getLogger(AwardCheckSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    NightlyAwardChecks checks;

    @Inject
    Refreshers refreshers;

    @Inject
    Clock clock;

    private ScheduledFuture<?> catchUp;
    private ScheduledFuture<?> nightly;

    void start(@Observes AcademyStarted started) {
        catchUp = executor.schedule(this::run, MINUTES_AFTER_START, TimeUnit.MINUTES);
        nightly = executor.scheduleAtFixedRate(this::run, untilNextRun().toMinutes(), TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    Duration untilNextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        ZonedDateTime next = now.with(LocalTime.of(HOUR_UTC, 0));
        return Duration.between(now, next.isAfter(now) ? next : next.plusDays(1));
    }

    void run() {
        try {
            checks.run(clock.instant());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The nightly award checks failed; they run again tomorrow", failed);
        }
        try {
            refreshers.run(clock.instant());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The refresher pass failed; it runs again tomorrow", failed);
        }
    }

    @PreDestroy
    void stop() {
        if (catchUp != null) {
            catchUp.cancel(false);
        }
        if (nightly != null) {
            nightly.cancel(false);
        }
    }
}
