package academy.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import academy.bench.generate.Catalogue.ModuleInfo;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.SessionRunner;
import academy.practice.SessionTopic;
import academy.practice.UptakeMeasure;

/**
 * Everything the generator writes for one practice, made from the seed and the practice's number
 * alone: the same seed and day give the same practice, whichever order or pass asks for it. That
 * lets the generator write one table at a time (foreign keys need the referenced rows committed)
 * without holding the country in memory.
 */
final class SyntheticPractice {

    /** Staff of a typical practice by job role; each practice varies around it. */
    private static final int[][] TYPICAL_STAFF = {
            {JobRole.GP.ordinal(), 5}, {JobRole.NURSE.ordinal(), 4}, {JobRole.HEALTHCARE_ASSISTANT.ordinal(), 3},
            {JobRole.PHARMACIST.ordinal(), 1}, {JobRole.RECEPTIONIST.ordinal(), 9},
            {JobRole.ADMINISTRATOR.ordinal(), 5}, {JobRole.PRACTICE_MANAGER.ordinal(), 1},
            {JobRole.OTHER.ordinal(), 3}};
    private static final int TYPICAL_PPG = 10;
    /** Staff have been with their practice for up to this long; the academy has records that old. */
    private static final int HISTORY_MONTHS = 120;
    private static final int UPTAKE_MONTHS = 24;

    /**
     * A member of the practice; {@code leftAt} for staff who have since left (their records stay),
     * {@code movedFromNeighbour} for staff who worked at the next practice before this one.
     */
    record Person(int number, String displayName, JobRole role, Instant joinedAt, Optional<Instant> leftAt,
            boolean movedFromNeighbour) {
    }

    record Completion(int person, ModuleInfo module, Instant completedAt, int score) {
        Optional<Instant> expiresAt() {
            return module.refreshMonths().map(months ->
                    completedAt.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant());
        }
    }

    /**
     * One person's record of one module, pointing at their latest completion of it, or at none
     * ({@link #NOT_COMPLETED}) while the module is still in progress.
     */
    record Enrolment(int person, ModuleInfo module, Instant startedAt, int latestCompletion) {
        static final int NOT_COMPLETED = -1;

        boolean completed() {
            return latestCompletion != NOT_COMPLETED;
        }
    }

    record Session(LocalDate heldOn, SessionTopic topic, Optional<ConditionFocus> focus, int attendees, int signUps,
            List<SessionRunner> runBy) {
    }

    record Uptake(LocalDate month, UptakeMeasure measure, double figure) {
    }

    final int index;
    final String odsCode;
    final String name;
    final String pcn;
    final String address;
    final boolean archived;
    final String joinCode;
    final Instant createdAt;
    final List<Person> people = new ArrayList<>();
    final List<Completion> completions = new ArrayList<>();
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();
    final List<Uptake> uptake = new ArrayList<>();

    SyntheticPractice(long seed, int index, LocalDate today, Catalogue catalogue) {
        this.index = index;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.odsCode = Names.odsCode(index);
        this.joinCode = Names.joinCode(index);
        String town = Names.pick(random, Names.TOWNS);
        this.name = Names.pick(random, Names.PRACTICE_NAMES) + " " + Names.pick(random, Names.PRACTICE_KINDS);
        this.pcn = town + " PCN " + (1 + index / 8 % 12);
        this.address = (1 + random.nextInt(200)) + " " + Names.pick(random, Names.STREETS) + ", " + town;
        this.archived = random.nextInt(100) < 2;
        this.createdAt = now.minus(HISTORY_MONTHS * 31L + random.nextInt(365), ChronoUnit.DAYS);

        for (int[] typical : TYPICAL_STAFF) {
            JobRole role = JobRole.values()[typical[0]];
            int count = role == JobRole.PRACTICE_MANAGER ? 1 : vary(random, typical[1]);
            for (int i = 0; i < count; i++) {
                addPerson(random, role, now);
            }
            // Ten years of staff turnover: leavers keep their records (and their completions count).
            int leavers = role == JobRole.PRACTICE_MANAGER ? random.nextInt(2) : vary(random, typical[1] * 4 / 5);
            for (int i = 0; i < leavers; i++) {
                addLeaver(random, role, now);
            }
        }
        int ppg = vary(random, TYPICAL_PPG);
        for (int i = 0; i < ppg; i++) {
            addPerson(random, JobRole.PPG_MEMBER, now);
        }
        for (Person person : people) {
            learn(random, person, catalogue, now);
        }
        plan(random, today);
    }

    private static int vary(SplittableRandom random, int typical) {
        int spread = Math.max(1, typical * 3 / 10);
        return Math.max(0, typical - spread + random.nextInt(2 * spread + 1));
    }

    private void addPerson(SplittableRandom random, JobRole role, Instant now) {
        String displayName = Names.pick(random, Names.FIRST_NAMES) + " " + Names.pick(random, Names.SURNAMES);
        long daysAgo = random.nextInt(HISTORY_MONTHS * 31);
        boolean moved = role != JobRole.PPG_MEMBER && random.nextInt(100) < 5;
        people.add(new Person(people.size(), displayName, role, now.minus(daysAgo, ChronoUnit.DAYS), Optional.empty(),
                moved));
    }

    private void addLeaver(SplittableRandom random, JobRole role, Instant now) {
        String displayName = Names.pick(random, Names.FIRST_NAMES) + " " + Names.pick(random, Names.SURNAMES);
        Instant joined = now.minus(365 + random.nextInt(HISTORY_MONTHS * 31 - 365), ChronoUnit.DAYS);
        Instant left = joined.plus(180 + random.nextInt(3 * 365), ChronoUnit.DAYS);
        Instant lastDay = now.minus(1, ChronoUnit.DAYS);
        people.add(new Person(people.size(), displayName, role, joined,
                Optional.of(left.isBefore(lastDay) ? left : lastDay), false));
    }

    /**
     * A person's history: most required modules done at least once since they joined, renewed when
     * the module has a refresh period (some renewals missed, so some are overdue or due soon), and
     * now and then a module nobody required of them.
     */
    private void learn(SplittableRandom random, Person person, Catalogue catalogue, Instant now) {
        Instant end = person.leftAt().orElse(now);
        List<ModuleInfo> modules = new ArrayList<>(catalogue.requiredOf(person.role()));
        for (ModuleInfo extra : catalogue.modules()) {
            boolean suitable = person.role() == JobRole.PPG_MEMBER ? extra.forPpg() : extra.forStaff();
            if (suitable && !modules.contains(extra) && random.nextInt(100) < 50) {
                modules.add(extra);
            }
        }
        for (ModuleInfo module : modules) {
            if (random.nextInt(100) >= 90) {
                if (person.leftAt().isEmpty() && random.nextBoolean()) {
                    enrolments.add(new Enrolment(person.number(), module,
                            now.minus(1 + random.nextInt(90), ChronoUnit.DAYS), Enrolment.NOT_COMPLETED));
                }
                continue;
            }
            long sinceJoining = ChronoUnit.DAYS.between(person.joinedAt(), end);
            Instant completedAt = person.joinedAt().plus(random.nextLong(Math.max(1, Math.min(sinceJoining, 120))),
                    ChronoUnit.DAYS).plus(random.nextInt(8 * 60) + 8 * 60L, ChronoUnit.MINUTES);
            int first = completions.size();
            while (completedAt.isBefore(end)) {
                completions.add(new Completion(person.number(), module, completedAt, 70 + 10 * random.nextInt(4)));
                Optional<Integer> refresh = module.refreshMonths();
                if (refresh.isEmpty() || random.nextInt(100) >= 85) {
                    break;
                }
                completedAt = completedAt.atOffset(ZoneOffset.UTC).plusMonths(refresh.get())
                        .minusDays(random.nextInt(45)).toInstant();
            }
            if (completions.size() > first) {
                Instant startedAt = completions.get(first).completedAt().minus(1 + random.nextInt(6), ChronoUnit.DAYS);
                enrolments.add(new Enrolment(person.number(), module, startedAt, completions.size() - 1));
            }
        }
    }

    /** Patient upskilling sessions and monthly uptake figures over the last two years. */
    private void plan(SplittableRandom random, LocalDate today) {
        int perYear = random.nextInt(100) < 15 ? 0 : 2 + random.nextInt(10);
        for (int i = 0; i < 2 * perYear; i++) {
            SessionTopic topic = SessionTopic.values()[random.nextInt(SessionTopic.values().length)];
            Optional<ConditionFocus> focus = topic == SessionTopic.LONG_TERM_CONDITION_APPS || random.nextInt(100) < 20
                    ? Optional.of(ConditionFocus.values()[random.nextInt(ConditionFocus.values().length)])
                    : Optional.empty();
            int attendees = 3 + random.nextInt(28);
            EnumSet<SessionRunner> runBy = EnumSet.noneOf(SessionRunner.class);
            runBy.add(SessionRunner.values()[random.nextInt(SessionRunner.values().length)]);
            if (random.nextBoolean()) {
                runBy.add(SessionRunner.PPG_CHAMPIONS);
            }
            sessions.add(new Session(today.minusDays(1 + random.nextInt(730)), topic, focus, attendees,
                    random.nextInt(attendees / 2 + 1), List.copyOf(runBy)));
        }
        double online = 25 + random.nextInt(40);
        double prescriptions = 15 + random.nextInt(35);
        double appointments = 5 + random.nextInt(30);
        boolean reports = random.nextInt(100) < 90;
        LocalDate thisMonth = today.withDayOfMonth(1);
        for (int m = UPTAKE_MONTHS; m >= 1 && reports; m--) {
            LocalDate month = thisMonth.minusMonths(m);
            online = Math.min(98, online + random.nextDouble() * 1.5);
            prescriptions = Math.min(95, prescriptions + random.nextDouble() * 1.2);
            appointments = Math.min(90, appointments + random.nextDouble());
            if (random.nextInt(100) < 8) {
                continue;
            }
            uptake.add(new Uptake(month, UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, round(online)));
            uptake.add(new Uptake(month, UptakeMeasure.REPEAT_PRESCRIPTIONS_ONLINE_PERCENT, round(prescriptions)));
            uptake.add(new Uptake(month, UptakeMeasure.APPOINTMENTS_BOOKED_ONLINE_PERCENT, round(appointments)));
            uptake.add(new Uptake(month, UptakeMeasure.VIDEO_CONSULTATIONS_OFFERED, random.nextInt(60)));
        }
    }

    private static double round(double figure) {
        return Math.round(figure * 10) / 10.0;
    }
}
