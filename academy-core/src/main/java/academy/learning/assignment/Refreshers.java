package academy.learning.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The refresher pass: for every latest completion of a module with a refresh period that expires
 * within the lead time ({@code ACADEMY_REFRESHER_LEAD_DAYS}, default {@value #DEFAULT_LEAD_DAYS}),
 * assign the module again to the person, mandatory, due on the expiry day. One refresher per
 * expiring completion: each is made in its own transaction on the person's locked enrolment and the
 * database refuses a second ({@code uq_assignment_refresher}), so instances running the pass at once
 * make each refresher once. Walks the completions in batches by id. Takes "now" as an argument.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Refreshers {

    public static final int DEFAULT_LEAD_DAYS = 60;
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(Refreshers.class.getName());

    @Inject
    @ConfigProperty(name = "academy.refresher.lead-days", defaultValue = "" + DEFAULT_LEAD_DAYS)
    int leadDays;

    @Inject
    Assignments assignments;

    @Inject
    RefresherBatches batches;

    /** What a pass did. */
    public record Report(int assigned, int failed) {
    }

    public Report run(Instant now) {
        Instant horizon = now.plus(Duration.ofDays(Math.max(0, leadDays)));
        int assigned = 0;
        int failed = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = batches.next(now, horizon, after, BATCH);
            for (long id : ids) {
                try {
                    if (assignments.assignRefresher(id, now)) {
                        assigned++;
                    }
                } catch (RuntimeException failure) {
                    // Another instance made it first (the unique constraint), or something broke: tried again next time.
                    failed++;
                    LOG.log(Level.FINE, "No refresher for completion " + id + " this time", failure);
                }
                after = id;
            }
        } while (ids.size() == BATCH);
        Report report = new Report(assigned, failed);
        LOG.info(() -> "Refreshers assigned: " + report);
        return report;
    }

    /** Reads one batch in a transaction of its own. */
    @ApplicationScoped
    @Transactional
    public static class RefresherBatches {

        @Inject
        AssignmentRecords records;

        List<Long> next(Instant now, Instant horizon, long after, int max) {
            return records.expiringWithoutRefresher(now, horizon, after, max);
        }
    }
}
