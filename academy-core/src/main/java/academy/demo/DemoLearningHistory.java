package academy.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.PasswordHash;
import academy.account.PasswordHashing;
import academy.account.People;
import academy.account.Person;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.catalogue.Catalogue;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Question;
import academy.learning.AttemptItem;
import academy.learning.Completion;
import academy.learning.Enrolment;
import academy.learning.LearningRecords;
import academy.learning.QuizAttempt;
import academy.learning.RequiredModules;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.MembershipStatus;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.practice.SessionDetails;
import academy.practice.SessionRunner;
import academy.practice.SessionTopic;
import academy.practice.UpskillingSession;
import academy.practice.UptakeEntry;
import academy.practice.UptakeFigure;
import academy.practice.UptakeMeasure;
import academy.shared.Actor;

/**
 * Demo learning history, run after {@link DemoRegion} in demo mode only: about sixty staff at
 * Riverside (practice A) with the shared demo password, and for the staff of Riverside and
 * Hawthorn completions spread over the last 18 months (some expired, some due soon), partial
 * progress, upskilling sessions and monthly uptake figures. Idempotent: each part is skipped when
 * its practice already has such records. Random but reproducible (a fixed seed); dates are relative
 * to today so the demo always has something due.
 */
@ApplicationScoped
@Transactional
public class DemoLearningHistory {

    static final AuditAction SEEDED = new AuditAction("demo.learning-seeded");

    private static final List<String> FIRST_NAMES = List.of("Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farah", "George",
            "Hannah", "Imran", "Jess", "Kwame", "Laura", "Mohammed", "Nina", "Oliver", "Poppy", "Rahul", "Sophie",
            "Tariq", "Usha", "Victor", "Wendy", "Yusuf", "Zara", "Adam", "Bethan", "Callum", "Deepa");
    private static final List<String> LAST_NAMES = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher",
            "Green", "Hussain", "Iqbal", "Jones", "Khan", "Lewis", "Mitchell", "Nowak", "Owen", "Price", "Quinn",
            "Roberts", "Singh", "Taylor", "Usman", "Walker", "Young");
    /** 55 extra staff by role; with the five demo accounts Riverside has 60 members. */
    private static final Map<JobRole, Integer> EXTRA_STAFF = Map.of(JobRole.GP, 8, JobRole.NURSE, 8,
            JobRole.HEALTHCARE_ASSISTANT, 5, JobRole.PHARMACIST, 3, JobRole.RECEPTIONIST, 17, JobRole.ADMINISTRATOR, 11,
            JobRole.OTHER, 3);

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    PasswordHashing hashing;

    @Inject
    Catalogue catalogue;

    @Inject
    LearningRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Seeds whatever is missing; returns a one-line summary. */
    public String seed() {
        Optional<Practice> riverside = practices.findByOdsCode(OdsCode.of(DemoRegion.RIVERSIDE));
        if (riverside.isEmpty()) {
            return "no demo region";
        }
        Random random = new Random(2026);
        int staff = addStaff(riverside.get());
        int completions = 0;
        int sessions = 0;
        int figures = 0;
        for (String code : List.of(DemoRegion.RIVERSIDE, DemoRegion.HAWTHORN)) {
            Optional<Practice> practice = practices.findByOdsCode(OdsCode.of(code));
            if (practice.isPresent()) {
                completions += addHistory(practice.get(), random);
                sessions += addSessions(practice.get(), random, code.equals(DemoRegion.RIVERSIDE) ? 9 : 3);
                figures += addUptake(practice.get(), random, code.equals(DemoRegion.RIVERSIDE) ? 12 : 6);
            }
        }
        String summary = staff + " staff, " + completions + " completions, " + sessions + " sessions, " + figures
                + " uptake figures";
        if (staff + completions + sessions + figures > 0) {
            audit.record(Actor.system(), SEEDED, new AuditSubject("demo", "learning"), summary + " created");
        }
        return summary;
    }

    private int addStaff(Practice practice) {
        Instant now = clock.instant();
        PasswordHash password = null;
        int created = 0;
        int index = 0;
        for (JobRole role : EnumSet.allOf(JobRole.class)) {
            for (int i = 0; i < EXTRA_STAFF.getOrDefault(role, 0); i++) {
                index++;
                EmailAddress email = EmailAddress.of(String.format("staff%02d.riverside@academy.example", index));
                if (people.findByEmail(email).isPresent()) {
                    continue;
                }
                if (password == null) {
                    // One hash for all, as DemoRegion does: they share the demo password.
                    password = hashing.hash(DemoRegion.PASSWORD);
                }
                Person person = people.add(Person.confirmed(staffName(index), email, password, now));
                practices.add(Membership.invited(person, practice, role, now.minus(Duration.ofDays(600))));
                created++;
            }
        }
        return created;
    }

    /** A made-up name for demo staff member {@code index}; unique for the first 600 or so. */
    static String staffName(int index) {
        return FIRST_NAMES.get(index % FIRST_NAMES.size()) + " " + LAST_NAMES.get((index * 7) % LAST_NAMES.size());
    }

    static int extraStaffCount() {
        return EXTRA_STAFF.values().stream().mapToInt(Integer::intValue).sum();
    }

    private int addHistory(Practice practice, Random random) {
        long existing = em.createQuery("SELECT COUNT(c) FROM Completion c WHERE c.practice = :practice", Long.class)
                .setParameter("practice", practice).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        em.flush();
        Instant now = clock.instant();
        Map<String, ModuleVersion> modules = new HashMap<>();
        catalogue.modulesBySlugs(catalogue.paths().stream().flatMap(p -> p.moduleSlugs().stream()).distinct().toList())
                .forEach(v -> modules.put(v.slug(), v));
        Map<String, List<Question>> questions = new HashMap<>();
        int created = 0;
        for (Membership member : practices.membershipsOf(practice, EnumSet.of(MembershipStatus.ACTIVE))) {
            for (String slug : RequiredModules.of(catalogue.paths(), Set.of(member.jobRole()))) {
                ModuleVersion version = modules.get(slug);
                if (version == null) {
                    continue;
                }
                double dice = random.nextDouble();
                if (dice < 0.25) {
                    continue;
                }
                // Up to 18 months ago; with a 12-month refresh period the older ones are overdue and
                // those from 10-12 months ago are due soon.
                Instant completedAt = now.minus(Duration.ofHours(2 + random.nextInt(18 * 30 * 24)));
                Instant startedAt = completedAt.minus(Duration.ofDays(1 + random.nextInt(10)));
                Enrolment enrolment = new Enrolment(member.person(), version.module(), startedAt);
                em.persist(enrolment);
                int lessonsRead = dice < 0.40 ? random.nextInt(Math.max(1, version.lessonCount())) : version.lessonCount();
                for (int lesson = 1; lesson <= lessonsRead; lesson++) {
                    enrolment.read(version, lesson, startedAt.plus(Duration.ofMinutes(10L * lesson)));
                }
                if (dice < 0.40) {
                    continue; // in progress
                }
                Completion completion;
                if (version.isFaceToFace() && random.nextInt(3) == 0) {
                    Instant heldAt = LocalDate.ofInstant(completedAt, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
                    completion = Completion.ofFaceToFace(member.person(), version, practice, heldAt, Optional.empty(), heldAt);
                } else {
                    List<Question> quiz = questions.computeIfAbsent(slug, s -> records.questionsOf(version));
                    if (quiz.isEmpty()) {
                        continue;
                    }
                    QuizAttempt attempt = new QuizAttempt(enrolment, version, quiz.stream().map(q -> q.options().size()).toList(),
                            random.nextLong(), true, completedAt.minus(Duration.ofMinutes(15)));
                    attempt.submit(quiz, rightAnswers(attempt, quiz), completedAt);
                    em.persist(attempt);
                    em.flush();
                    completion = Completion.ofQuiz(member.person(), version, attempt, practice, completedAt);
                }
                em.persist(completion);
                em.flush();
                enrolment.recordCompletion(completion);
                created++;
            }
        }
        return created;
    }

    /** The positions of the right answers as the attempt shows them. */
    private static Map<Integer, Set<Integer>> rightAnswers(QuizAttempt attempt, List<Question> quiz) {
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        for (AttemptItem item : attempt.items()) {
            Question question = quiz.stream().filter(q -> q.number() == item.questionNumber()).findFirst().orElseThrow();
            List<Integer> order = item.optionOrder();
            Set<Integer> positions = new java.util.HashSet<>();
            for (int position = 0; position < order.size(); position++) {
                if (question.options().get(order.get(position)).isCorrect()) {
                    positions.add(position);
                }
            }
            answers.put(item.questionNumber(), positions);
        }
        return answers;
    }

    private int addSessions(Practice practice, Random random, int count) {
        long existing = em.createQuery("SELECT COUNT(s) FROM UpskillingSession s WHERE s.practice = :practice", Long.class)
                .setParameter("practice", practice).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        SessionTopic[] topics = SessionTopic.values();
        ConditionFocus[] conditions = ConditionFocus.values();
        for (int i = 0; i < count; i++) {
            int attendees = 4 + random.nextInt(20);
            SessionTopic topic = topics[random.nextInt(topics.length)];
            Optional<ConditionFocus> condition = topic == SessionTopic.LONG_TERM_CONDITION_APPS || random.nextInt(3) == 0
                    ? Optional.of(conditions[random.nextInt(conditions.length - 1)]) : Optional.empty();
            SessionDetails details = new SessionDetails(today.minusDays(10L + 40L * i + random.nextInt(20)), topic,
                    topic == SessionTopic.OTHER ? Optional.of("Coffee morning drop-in") : Optional.empty(), condition,
                    attendees, random.nextInt(attendees + 1),
                    i % 3 == 0 ? Set.of(SessionRunner.STAFF, SessionRunner.PPG_CHAMPIONS) : Set.of(SessionRunner.PPG_CHAMPIONS));
            em.persist(new UpskillingSession(practice, details, today, Optional.empty(), clock.instant()));
        }
        return count;
    }

    private int addUptake(Practice practice, Random random, int months) {
        long existing = em.createQuery("SELECT COUNT(f) FROM UptakeFigure f WHERE f.practice = :practice", Long.class)
                .setParameter("practice", practice).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        int created = 0;
        List<UptakeFigure> lastMonth = new ArrayList<>();
        for (int back = months; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            double progress = (months - back) / (double) months;
            Map<UptakeMeasure, BigDecimal> values = Map.of(
                    UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, percent(38 + 20 * progress + random.nextDouble() * 2),
                    UptakeMeasure.REPEAT_PRESCRIPTIONS_ONLINE_PERCENT, percent(45 + 15 * progress + random.nextDouble() * 3),
                    UptakeMeasure.APPOINTMENTS_BOOKED_ONLINE_PERCENT, percent(18 + 12 * progress + random.nextDouble() * 3),
                    UptakeMeasure.VIDEO_CONSULTATIONS_OFFERED, BigDecimal.valueOf(20L + Math.round(60 * progress) + random.nextInt(10)));
            for (UptakeMeasure measure : UptakeMeasure.values()) {
                UptakeFigure figure = UptakeFigure.first(practice, new UptakeEntry(month, measure, values.get(measure),
                        "Clinical system monthly report", Optional.empty()), current, Optional.empty(), clock.instant());
                em.persist(figure);
                created++;
                if (back == 1) {
                    lastMonth.add(figure);
                }
            }
        }
        // A corrected figure, to show that re-recording keeps the history.
        if (!lastMonth.isEmpty()) {
            UptakeFigure first = lastMonth.get(0);
            em.flush();
            em.persist(first.supersede(new UptakeEntry(first.month(), first.measure(), first.value().add(BigDecimal.ONE),
                    "Clinical system monthly report (corrected)", Optional.of("demo-evidence-1")), current, Optional.empty(),
                    clock.instant()));
            created++;
        }
        return created;
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(Math.min(100.0, value)).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
