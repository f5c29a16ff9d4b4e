package academy.accreditation.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import academy.accreditation.scheme.Criterion;
import academy.accreditation.scheme.CriterionKind;
import academy.accreditation.scheme.CriterionSource;
import academy.accreditation.scheme.LevelSource;
import academy.accreditation.scheme.SchemeLevel;
import academy.catalogue.Area;
import academy.practice.ConditionFocus;
import academy.practice.JobRole;
import academy.practice.UptakeMeasure;

class ReadinessRulesTest {

    private static final String REGISTER = "online-access-registration";
    private static final String SOCIAL = "social-media-for-the-practice";
    private static final Titles TITLES = new Titles(
            Map.of(REGISTER, "Helping patients register online", SOCIAL, "Social media for the practice",
                    "digital-champion", "Being a digital champion", "guiding-patients-online", "Guiding patients online"),
            Map.of("getting-started", "Getting started online"), Map.of("wifi-story", "Fixing the wifi"),
            Map.of("ppg-members", "PPG members' path"));
    private static final ReadinessRules RULES = new ReadinessRules(TITLES);

    // --- training coverage ---

    @Test
    void coverageExactlyAtTheThresholdIsMet() {
        Criterion criterion = coverage(Set.of(JobRole.RECEPTIONIST), List.of(REGISTER), 80);
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 10)
                .holders(JobRole.RECEPTIONIST, REGISTER, 8).build();

        CriterionReadiness judged = RULES.judge(criterion, facts);

        assertThat(judged.status()).isEqualTo(CriterionStatus.MET);
        assertThat(judged.gap()).isEmpty();
        assertThat(judged.progress()).startsWith("8 of 10 receptionists (80 %) hold");
    }

    @Test
    void coverageOneShortSaysWhoAndWhatInWords() {
        Criterion criterion = coverage(Set.of(JobRole.RECEPTIONIST), List.of(REGISTER), 80);
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 10)
                .holders(JobRole.RECEPTIONIST, REGISTER, 7).build();

        CriterionReadiness judged = RULES.judge(criterion, facts);

        assertThat(judged.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(judged.gap()).contains("1 more receptionist needs \u201cHelping patients register online\u201d.");
        assertThat(judged.blocksApplication()).isTrue();
    }

    @Test
    void coverageRoundsThePeopleNeededUpAndCountsEveryRoleNamed() {
        Criterion criterion = coverage(Set.of(JobRole.RECEPTIONIST, JobRole.ADMINISTRATOR), List.of(REGISTER), 80);
        // 80 % of 17 is 13.6: 14 people are needed; 11 hold it.
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.RECEPTIONIST, 12).members(JobRole.ADMINISTRATOR, 5)
                .holders(JobRole.RECEPTIONIST, REGISTER, 9).holders(JobRole.ADMINISTRATOR, REGISTER, 2)
                .members(JobRole.GP, 4).holders(JobRole.GP, REGISTER, 4).build();

        CriterionReadiness judged = RULES.judge(criterion, facts);

        assertThat(judged.gap()).contains("3 more receptionists or administrators need \u201cHelping patients register online\u201d.");
        assertThat(judged.progress()).startsWith("11 of 17 receptionists and administrators (64 %)");
    }

    @Test
    void coverageNeedsEveryModuleAndNamesEachOneShort() {
        Criterion criterion = coverage(Set.of(JobRole.NURSE), List.of(REGISTER, SOCIAL), 50);
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.NURSE, 4)
                .holders(JobRole.NURSE, REGISTER, 4).holders(JobRole.NURSE, SOCIAL, 1).build();

        CriterionReadiness judged = RULES.judge(criterion, facts);

        assertThat(judged.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(judged.gap()).contains("1 more nurse needs \u201cSocial media for the practice\u201d.");
        assertThat(judged.gap().orElseThrow()).doesNotContain("register");
    }

    @Test
    void coverageNeverCountsMoreHoldersThanStaffAndNamesAllStaffPlainly() {
        Set<JobRole> allStaff = Set.of(JobRole.GP, JobRole.NURSE, JobRole.HEALTHCARE_ASSISTANT, JobRole.PHARMACIST,
                JobRole.RECEPTIONIST, JobRole.ADMINISTRATOR, JobRole.PRACTICE_MANAGER, JobRole.OTHER);
        Criterion criterion = coverage(allStaff, List.of(REGISTER), 100);
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.GP, 2).holders(JobRole.GP, REGISTER, 5)
                .members(JobRole.NURSE, 3).holders(JobRole.NURSE, REGISTER, 1).build();

        CriterionReadiness judged = RULES.judge(criterion, facts);

        assertThat(judged.progress()).startsWith("3 of 5 members of staff");
        assertThat(judged.gap()).contains("2 more members of staff need \u201cHelping patients register online\u201d.");
    }

    @Test
    void coverageWithNobodyInTheRolesIsNotMet() {
        CriterionReadiness judged = RULES.judge(coverage(Set.of(JobRole.PHARMACIST), List.of(REGISTER), 50),
                ReadinessFacts.none());

        assertThat(judged.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(judged.progress()).isEqualTo("No active pharmacists on the roster");
    }

    @Test
    void peopleNeededIsThePercentageRoundedUp() {
        assertThat(ReadinessRules.ceilPercent(80, 17)).isEqualTo(14);
        assertThat(ReadinessRules.ceilPercent(80, 10)).isEqualTo(8);
        assertThat(ReadinessRules.ceilPercent(1, 1)).isEqualTo(1);
        assertThat(ReadinessRules.ceilPercent(100, 0)).isZero();
    }

    // --- PPG training ---

    @Test
    void ppgTrainingCountsMembersWhoCompletedThePathExactlyAtTarget() {
        Criterion criterion = ppg(2);
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.PPG_MEMBER, 6)
                .ppgMembersHolding(Set.copyOf(criterion.modules()), 2).build();

        assertThat(RULES.judge(criterion, facts).status()).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void ppgTrainingShortOfMembersAsksToRecruit() {
        Criterion criterion = ppg(5);
        ReadinessFacts facts = new ReadinessFacts.Builder().members(JobRole.PPG_MEMBER, 3)
                .ppgMembersHolding(Set.copyOf(criterion.modules()), 1).build();

        CriterionReadiness judged = RULES.judge(criterion, facts);

        assertThat(judged.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(judged.gap()).contains("4 more PPG members need to complete \u201cPPG members' path\u201d."
                + " The PPG has 3 members: recruit at least 2 more.");
        assertThat(judged.help()).extracting(HelpLink::slug).contains("digital-champion", "guiding-patients-online");
    }

    // --- metric threshold ---

    @Test
    void metricWithoutAFigureIsNotMet() {
        CriterionReadiness judged = RULES.judge(metric(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, 30), ReadinessFacts.none());

        assertThat(judged.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(judged.progress()).startsWith("No figure recorded");
    }

    @Test
    void metricBelowTheThresholdSaysHowFarBelow() {
        ReadinessFacts facts = new ReadinessFacts.Builder().figure(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT,
                figure("24.5", "report-10")).build();

        CriterionReadiness judged = RULES.judge(metric(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, 30), facts);

        assertThat(judged.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(judged.progress()).isEqualTo("\u201cPatients registered for online access\u201d was 24.5 % in October 2026; 30 % needed");
        assertThat(judged.gap()).contains("\u201cPatients registered for online access\u201d needs to reach 30 %: 5.5 percentage"
                + " points more than in October 2026.");
    }

    @Test
    void metricAtTheThresholdAwaitsEvidenceUntilTheFigureHasIt() {
        Criterion criterion = metric(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT, 30);
        ReadinessFacts without = new ReadinessFacts.Builder().figure(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT,
                figure("30.0", null)).build();
        ReadinessFacts with = new ReadinessFacts.Builder().figure(UptakeMeasure.ONLINE_ACCESS_REGISTERED_PERCENT,
                figure("30.0", "EMIS report 2026-10")).build();

        assertThat(RULES.judge(criterion, without).status()).isEqualTo(CriterionStatus.AWAITING_EVIDENCE);
        assertThat(RULES.judge(criterion, without).blocksApplication()).isTrue();
        assertThat(RULES.judge(criterion, with).status()).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void countMetricsAreWholeNumbersWithoutPercent() {
        ReadinessFacts facts = new ReadinessFacts.Builder().figure(UptakeMeasure.VIDEO_CONSULTATIONS_OFFERED,
                figure("12.0", "rota")).build();

        CriterionReadiness judged = RULES.judge(metric(UptakeMeasure.VIDEO_CONSULTATIONS_OFFERED, 20), facts);

        assertThat(judged.progress()).contains("was 12 in October 2026; 20 needed");
        assertThat(judged.gap().orElseThrow()).contains(": 8 more than in October 2026.");
    }

    // --- sessions ---

    @Test
    void sessionsCountAllOrOnlyThoseForTheCondition() {
        ReadinessFacts facts = new ReadinessFacts.Builder().sessions(null, 3).sessions(ConditionFocus.ASTHMA, 2)
                .sessions(ConditionFocus.DIABETES, 1).build();

        assertThat(RULES.judge(sessions(6, null), facts).status()).isEqualTo(CriterionStatus.MET);
        assertThat(RULES.judge(sessions(2, ConditionFocus.ASTHMA), facts).status()).isEqualTo(CriterionStatus.MET);
        CriterionReadiness diabetes = RULES.judge(sessions(2, ConditionFocus.DIABETES), facts);
        assertThat(diabetes.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(diabetes.gap()).contains("Hold and record 1 more patient upskilling session for patients with diabetes;"
                + " sessions count for 12 months.");
    }

    // --- evidence ---

    @Test
    void evidenceAwaitsAStatementThenAnAssessor() {
        Criterion criterion = evidence("wifi-survey");
        ReadinessFacts given = new ReadinessFacts.Builder().evidence("wifi-survey", ReadinessFacts.Evidence.linked(
                "We surveyed every room in September.", "https://example.org/survey", Instant.parse("2026-11-03T10:00:00Z"))).build();

        CriterionReadiness missing = RULES.judge(criterion, ReadinessFacts.none());
        CriterionReadiness awaiting = RULES.judge(criterion, given);

        assertThat(missing.status()).isEqualTo(CriterionStatus.AWAITING_EVIDENCE);
        assertThat(missing.gap()).contains("Add a statement with a link or a file: A wifi survey of the building.");
        assertThat(missing.blocksApplication()).isFalse();
        assertThat(awaiting.status()).isEqualTo(CriterionStatus.AWAITING_ASSESSOR);
        assertThat(awaiting.progress()).isEqualTo("Evidence given on 3 November 2026");
        assertThat(awaiting.evidence()).isPresent();
        assertThat(missing.help()).extracting(HelpLink::title).containsExactly("Fixing the wifi");
    }

    // --- levels and areas ---

    @Test
    void aLevelRequiresItsOwnCriteriaAndThoseBelowAndCountsPerArea() {
        SchemeLevel foundation = SchemeLevel.of(new LevelSource("foundation", 1, "Foundation", "First."));
        SchemeLevel exemplar = SchemeLevel.of(new LevelSource("exemplar", 2, "Exemplar", "Second."));
        CriterionReadiness met = RULES.judge(sessions(1, null), new ReadinessFacts.Builder().sessions(null, 1).build());
        CriterionReadiness wifi = RULES.judge(evidence("wifi-survey"), ReadinessFacts.none());
        CriterionReadiness coverage = RULES.judge(Criterion.of(3, new CriterionSource("exemplar-coverage", 2,
                Area.STAFF_CULTURE, "Coverage", "", CriterionKind.TRAINING_COVERAGE, 50, Set.of(JobRole.GP), List.of(SOCIAL),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of())),
                ReadinessFacts.none());
        List<CriterionReadiness> all = List.of(met, wifi, coverage);

        LevelReadiness first = new LevelReadiness(foundation, all.stream().filter(c -> foundation.requires(c.criterion())).toList());
        LevelReadiness second = new LevelReadiness(exemplar, all.stream().filter(c -> exemplar.requires(c.criterion())).toList());

        assertThat(first.total()).isEqualTo(2);
        assertThat(first.met()).isEqualTo(1);
        assertThat(first.automaticCriteriaMet()).isTrue();
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.blocking()).extracting(c -> c.criterion().slug()).containsExactly("exemplar-coverage");
        assertThat(second.areas()).filteredOn(a -> a.area() == Area.INFRASTRUCTURE).singleElement()
                .satisfies(a -> assertThat(a.met()).isZero());
        assertThat(second.areas()).filteredOn(a -> a.area() == Area.PATIENT_UPSKILLING).singleElement()
                .satisfies(a -> assertThat(a.percent()).isEqualTo(100));
    }

    private static ReadinessFacts.Figure figure(String value, String evidence) {
        return new ReadinessFacts.Figure(YearMonth.of(2026, 10), new BigDecimal(value), Optional.ofNullable(evidence));
    }

    private static Criterion coverage(Set<JobRole> roles, List<String> modules, int percent) {
        return Criterion.of(1, new CriterionSource("coverage", 1, Area.PATIENT_UPSKILLING, "Coverage", "",
                CriterionKind.TRAINING_COVERAGE, percent, roles, modules, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("getting-started"), List.of()));
    }

    private static Criterion ppg(int members) {
        return Criterion.of(1, new CriterionSource("ppg", 1, Area.PATIENT_UPSKILLING, "PPG", "", CriterionKind.PPG_TRAINING,
                members, Set.of(), List.of("digital-champion", "guiding-patients-online"), Optional.of("ppg-members"),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()));
    }

    private static Criterion metric(UptakeMeasure measure, int atLeast) {
        return Criterion.of(1, new CriterionSource("metric", 1, Area.PATIENT_UPSKILLING, "Metric", "",
                CriterionKind.METRIC_THRESHOLD, atLeast, Set.of(), List.of(), Optional.empty(), Optional.of(measure),
                Optional.empty(), Optional.empty(), List.of(), List.of()));
    }

    private static Criterion sessions(int count, ConditionFocus condition) {
        return Criterion.of(1, new CriterionSource("sessions", 1, Area.PATIENT_UPSKILLING, "Sessions", "",
                CriterionKind.SESSIONS, count, Set.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(condition), Optional.empty(), List.of(), List.of()));
    }

    private static Criterion evidence(String slug) {
        return Criterion.of(2, new CriterionSource(slug, 1, Area.INFRASTRUCTURE, "Wifi", "", CriterionKind.EVIDENCE, 0,
                Set.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("A wifi survey of the building."), List.of(), List.of("wifi-story")));
    }
}
