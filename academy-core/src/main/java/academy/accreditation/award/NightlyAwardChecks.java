package academy.accreditation.award;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The nightly pass over awards: lapse the expired, mark overdue conditions missed, send the renewal
 * reminders due. Each award or condition is handled in its own transaction on its locked row
 * ({@link AwardLifecycle}), so a failure costs one item (tried again the next night), and instances
 * running the pass together each do a thing once: the second waits for the lock, then finds it done.
 * Takes "now" as an argument, so tests run any night they like.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class NightlyAwardChecks {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(NightlyAwardChecks.class.getName());

    @Inject
    AwardLifecycle lifecycle;

    /** What a pass did. */
    public record Report(int lapsed, int conditionsMissed, int remindersSent, int failed) {
    }

    public Report run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int[] failed = {0};
        int lapsed = walk((after, max) -> lifecycle.expiredAwards(today, after, max), id -> lifecycle.lapse(id, now), failed);
        int missed = walk((after, max) -> lifecycle.overdueConditions(today, after, max),
                id -> lifecycle.missIfOverdue(id, now), failed);
        int reminded = walk((after, max) -> lifecycle.awardsInRenewalWindow(today, after, max),
                id -> lifecycle.remind(id, now).isPresent(), failed);
        Report report = new Report(lapsed, missed, reminded, failed[0]);
        LOG.info(() -> "Nightly award checks for " + today + ": " + report);
        return report;
    }

    interface Batch {
        List<Long> after(long after, int max);
    }

    /** Walks the ids in batches by key (never an unbounded list), counting the items the step changed. */
    private static int walk(Batch batch, LongPredicate step, int[] failed) {
        int changed = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = batch.after(after, BATCH);
            for (long id : ids) {
                try {
                    if (step.test(id)) {
                        changed++;
                    }
                } catch (RuntimeException failure) {
                    failed[0]++;
                    LOG.log(Level.WARNING, "Nightly award check failed for " + id + "; it is tried again next time", failure);
                }
                after = id;
            }
        } while (ids.size() == BATCH);
        return changed;
    }
}
