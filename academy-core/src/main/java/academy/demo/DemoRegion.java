package academy.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.EmailAddress;
import academy.account.PasswordHash;
import academy.account.PasswordHashing;
import academy.account.PasswordPolicy;
import academy.account.People;
import academy.account.Person;
import academy.audit.AuditAction;
import academy.audit.AuditSubject;
import academy.audit.AuditTrail;
import academy.practice.JobRole;
import academy.practice.Membership;
import academy.practice.MembershipStatus;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;
import academy.practice.Practices;
import academy.shared.Actor;
import academy.shared.SystemRole;

/**
 * The demo region: eight invented practices in two invented primary care networks, and an
 * account for every kind of user, all with {@link #PASSWORD}. Seeding is idempotent: a practice
 * or account that exists is left as it is. Only ever runs when {@code ACADEMY_DEMO=true}
 * (see {@link DemoSeeding}). Every name, code, address and email address here is made up;
 * {@code academy.example} is a reserved domain, so no mail can reach a real person.
 */
@ApplicationScoped
@Transactional
public class DemoRegion {

    /** Shared by every demo account. zxcvbn scores it 4 of 4, so it passes the password policy. */
    public static final String PASSWORD = "demo-academy-2026!";

    static final AuditAction SEEDED = new AuditAction("demo.seeded");

    /** One demo account, for the start-up log and the sign-in page's demo hint. */
    public record DemoAccount(String email, String role, String displayName) {
    }

    private record DemoPractice(String odsCode, String name, String pcn, String address) {
    }

    private record DemoPerson(String name, String email, String role, int practice, JobRole jobRole,
                              MembershipStatus status, SystemRole systemRole) {
    }

    /** The two practices the demo accounts belong to, by ODS code: practice A and practice B. */
    static final String RIVERSIDE = "Y09001";
    static final String HAWTHORN = "Y09002";

    private static final List<DemoPractice> PRACTICES = List.of(
            new DemoPractice(RIVERSIDE, "Riverside Medical Centre", "North Vale PCN", "1 Riverside Walk\nNorthvale\nZZ1 1AA"),
            new DemoPractice(HAWTHORN, "Hawthorn Surgery", "North Vale PCN", "14 Hawthorn Road\nNorthvale\nZZ1 2BB"),
            new DemoPractice("Y09003", "Millbrook Health Centre", "North Vale PCN", "Millbrook Lane\nMillbrook\nZZ1 3CC"),
            new DemoPractice("Y09004", "Castle Street Practice", "North Vale PCN", "22 Castle Street\nNorthvale\nZZ1 4DD"),
            new DemoPractice("Y09005", "Orchard Lane Surgery", "South Vale PCN", "5 Orchard Lane\nSouthvale\nZZ2 1EE"),
            new DemoPractice("Y09006", "Kingsmead Family Practice", "South Vale PCN", "Kingsmead Parade\nSouthvale\nZZ2 2FF"),
            new DemoPractice("Y09007", "Westgate Medical Practice", "South Vale PCN", "80 Westgate\nSouthvale\nZZ2 3GG"),
            new DemoPractice("Y09008", "Harbour View Surgery", "South Vale PCN", "2 Quay Street\nPortvale\nZZ2 4HH"));

    private static final int RIVERSIDE_INDEX = 0;
    private static final int HAWTHORN_INDEX = 1;
    private static final int NONE = -1;

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("Alex Morgan", "admin@academy.example", "administrator", NONE, null, null, SystemRole.ADMINISTRATOR),
            new DemoPerson("Priya Shah", "assessor@academy.example", "assessor", NONE, null, null, SystemRole.ASSESSOR),
            new DemoPerson("Helen Carter", "manager.riverside@academy.example", "practice manager, Riverside (practice A)",
                    RIVERSIDE_INDEX, JobRole.PRACTICE_MANAGER, MembershipStatus.ACTIVE, null),
            new DemoPerson("Tom Okafor", "manager.hawthorn@academy.example", "practice manager, Hawthorn (practice B)",
                    HAWTHORN_INDEX, JobRole.PRACTICE_MANAGER, MembershipStatus.ACTIVE, null),
            new DemoPerson("Sam Patel", "gp.riverside@academy.example", "learner: GP, Riverside",
                    RIVERSIDE_INDEX, JobRole.GP, MembershipStatus.ACTIVE, null),
            new DemoPerson("Grace Adeyemi", "nurse.riverside@academy.example", "learner: nurse, Riverside",
                    RIVERSIDE_INDEX, JobRole.NURSE, MembershipStatus.ACTIVE, null),
            new DemoPerson("Jordan Reid", "reception.riverside@academy.example", "learner: receptionist, Riverside",
                    RIVERSIDE_INDEX, JobRole.RECEPTIONIST, MembershipStatus.ACTIVE, null),
            new DemoPerson("Megan Hughes", "reception.hawthorn@academy.example", "learner: receptionist, Hawthorn",
                    HAWTHORN_INDEX, JobRole.RECEPTIONIST, MembershipStatus.ACTIVE, null),
            new DemoPerson("Margaret Evans", "ppg.riverside@academy.example", "PPG member, Riverside",
                    RIVERSIDE_INDEX, JobRole.PPG_MEMBER, MembershipStatus.ACTIVE, null),
            new DemoPerson("David Brown", "applicant.riverside@academy.example", "PPG applicant waiting for approval, Riverside",
                    RIVERSIDE_INDEX, JobRole.PPG_MEMBER, MembershipStatus.PENDING, null));

    /** Every demo account, whether seeded yet or not. */
    public static List<DemoAccount> accounts() {
        return PEOPLE.stream().map(p -> new DemoAccount(p.email(), p.role(), p.name())).toList();
    }

    @Inject
    Practices practices;

    @Inject
    People people;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Creates whatever of the demo region is missing; returns every demo account. */
    public List<DemoAccount> seed() {
        Actor system = Actor.system();
        Instant now = clock.instant();
        List<Practice> region = new ArrayList<>();
        int createdPractices = 0;
        for (DemoPractice demo : PRACTICES) {
            OdsCode code = OdsCode.of(demo.odsCode());
            Optional<Practice> existing = practices.findByOdsCode(code);
            if (existing.isPresent()) {
                region.add(existing.get());
                continue;
            }
            region.add(practices.add(new Practice(code, new PracticeDetails(demo.name(), demo.pcn(), demo.address(),
                    // The town on the address's second line is what the public register shows.
                    demo.address().split("\n")[1]),
                    practices.unusedJoinCode(), now)));
            createdPractices++;
        }
        PasswordHash password = null;
        int createdPeople = 0;
        List<DemoAccount> accounts = new ArrayList<>();
        for (DemoPerson demo : PEOPLE) {
            EmailAddress email = EmailAddress.of(demo.email());
            accounts.add(new DemoAccount(email.value(), demo.role(), demo.name()));
            if (people.findByEmail(email).isPresent()) {
                continue;
            }
            if (password == null) {
                policy.check(PASSWORD, demo.name(), email);
                // One hash for all: they share the password anyway, and 600,000 iterations each would slow start-up.
                password = hashing.hash(PASSWORD);
            }
            Person person = people.add(Person.confirmed(demo.name(), email, password, now));
            if (demo.systemRole() != null) {
                person.grant(demo.systemRole());
            }
            if (demo.practice() != NONE) {
                Practice practice = region.get(demo.practice());
                practices.add(demo.status() == MembershipStatus.PENDING
                        ? Membership.applied(person, practice, now)
                        : Membership.invited(person, practice, demo.jobRole(), now));
            }
            createdPeople++;
        }
        if (createdPractices + createdPeople > 0) {
            audit.record(system, SEEDED, new AuditSubject("demo", "region"),
                    createdPractices + " practices and " + createdPeople + " accounts created");
        }
        return accounts;
    }
}
