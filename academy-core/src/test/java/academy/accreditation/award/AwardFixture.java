package academy.accreditation.award;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import academy.account.EmailAddress;
import academy.account.Person;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.readiness.ReadinessFacts;
import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.readiness.Titles;
import academy.accreditation.scheme.CriterionKind;
import academy.accreditation.scheme.CriterionSource;
import academy.accreditation.scheme.LevelSource;
import academy.accreditation.scheme.SchemeSource;
import academy.accreditation.scheme.SchemeVersion;
import academy.catalogue.Area;
import academy.practice.JoinCode;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;

/** A practice's application for the foundation level of a one-criterion scheme, and two assessors, for the award rules' tests. */
public final class AwardFixture {

    public final Practice practice;
    public final SchemeVersion scheme;
    public final Person assessor;
    public final Person other;
    public final KiteMarkApplication application;

    public AwardFixture(Instant now) {
        practice = new Practice(OdsCode.of("Y09901"), new PracticeDetails("Test Surgery", "Test PCN",
                "1 Test Street"), JoinCode.generate(new SecureRandom()), now);
        scheme = new SchemeVersion(new SchemeSource("scheme/kitemark-1.yaml", 1, "Kite mark", "0".repeat(64),
                List.of(new LevelSource("foundation", 1, "Foundation", "First.")),
                List.of(new CriterionSource("wifi-survey", 1, Area.INFRASTRUCTURE, "Reliable wifi", "", CriterionKind.EVIDENCE, 0,
                        Set.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("A wifi survey."), List.of(), List.of()))), 1, now);
        assessor = Person.awaitingSetUp("Alex Assessor", EmailAddress.of("alex@example.org"), now);
        other = Person.awaitingSetUp("Bo Other", EmailAddress.of("bo@example.org"), now);
        application = KiteMarkApplication.submit(practice, scheme,
                PracticeReadiness.of(1L, "Test Surgery", scheme, ReadinessFacts.none(),
                        new ReadinessRules(new Titles(Map.of(), Map.of(), Map.of(), Map.of()))).levels().get(0),
                Optional.empty(), now);
    }
}
