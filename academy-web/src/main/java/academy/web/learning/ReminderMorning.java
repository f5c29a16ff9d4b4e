package academy.web.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
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

import academy.learning.reminder.DailyReminders;
import academy.shared.AcademyStarted;
import academy.shared.time.AcademyCalendar;

/**
 * Runs the learners' reminder pass ({@link DailyReminders}) at {@value #HOUR}:00 UK time every day
 * (Europe/London, so it follows the clocks going forward and back: each run schedules the next).
 * Mail goes in the morning, never at night, so there is no catch-up at start-up: a morning the
 * academy was down is made up the next morning, each item getting the latest stage it reached.
 * Every instance runs it; the pass locks each person's row, so each mail goes once however many run.
 */
@ApplicationScoped
public class ReminderMorning {

    static final int HOUR = 8;
    private static final Logger LOG = Logger.getLogger(ReminderMorning.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    DailyReminders reminders;

    @Inject
    Clock clock;

    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;

    void start(@Observes AcademyStarted started) {
        scheduleNext();
    }

    private void scheduleNext() {
        if (!stopped) {
            next = executor.schedule(this::run, untilNextRun().toSeconds(), TimeUnit.SECONDS);
        }
    }

    Duration untilNextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(AcademyCalendar.ZONE));
        ZonedDateTime at = now.with(LocalTime.of(HOUR, 0));
        return Duration.between(now, at.isAfter(now) ? at : now.plusDays(1).with(LocalTime.of(HOUR, 0)));
    }

    void run() {
        try {
            reminders.run(clock.instant());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The reminder pass failed; it runs again tomorrow", failed);
        } finally {
            scheduleNext();
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
