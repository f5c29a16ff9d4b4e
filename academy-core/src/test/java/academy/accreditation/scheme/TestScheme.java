package academy.accreditation.scheme;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import academy.accreditation.readiness.ReadinessRules;
import academy.accreditation.readiness.Titles;
import academy.catalogue.Area;
import academy.practice.JobRole;
import academy.practice.JoinCode;
import academy.practice.OdsCode;
import academy.practice.Practice;
import academy.practice.PracticeDetails;

/**
 * A small scheme for the accreditation unit tests: the given levels, each with a training criterion
 * checked from the records ("Staff keep data safe") and an evidence criterion ("Reliable wifi") at rank 1.
 */
public final class TestScheme {

    public static final ReadinessRules RULES = new ReadinessRules(new Titles(
            Map.of("data-security-and-protection", "Data security"), Map.of(), Map.of(), Map.of()));

    private TestScheme() {
    }

    public static Practice practice(Instant now) {
        return new Practice(OdsCode.of("Y09901"), new PracticeDetails("Test Surgery", "Test PCN", "1 Test Street"),
                JoinCode.generate(new SecureRandom()), now);
    }

    public static SchemeVersion scheme(List<LevelSource> levels, Instant now) {
        return new SchemeVersion(new SchemeSource("scheme/kitemark-1.yaml", 1, "Kite mark", "0".repeat(64), levels,
                List.of(new CriterionSource("data-security", 1, Area.INFRASTRUCTURE, "Staff keep data safe", "",
                                CriterionKind.TRAINING_COVERAGE, 80, Set.of(JobRole.RECEPTIONIST), List.of("data-security-and-protection"),
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()),
                        new CriterionSource("wifi-survey", 1, Area.INFRASTRUCTURE, "Reliable wifi", "", CriterionKind.EVIDENCE, 0,
                                Set.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.of("A wifi survey."), List.of(), List.of()))), 1, now);
    }
}
