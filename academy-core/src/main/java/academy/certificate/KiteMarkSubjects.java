package academy.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.time.AcademyCalendar;
import academy.accreditation.award.AwardSerial;
import academy.accreditation.scheme.SchemeVersion;
import academy.accreditation.application.FrozenCriterion;
import academy.accreditation.award.AwardStatus;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.scheme.SchemeLevel;
import academy.catalogue.Area;
import academy.practice.Practice;
import academy.shared.NotFoundException;

/**
 * What a kite-mark award's certificate and credential say, made from the award and its
 * application's frozen criteria; and the way back from a certificate to its award. The award's days
 * are the academy's (UTC) calendar days, as {@link Awards#today()} counts them.
 */
@ApplicationScoped
public class KiteMarkSubjects {

    private static final String KEY_PREFIX = "award:";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Awards awards;

    @Inject
    @ConfigProperty(name = "academy.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The subject key that ties an award's certificates together. */
    public static String keyOf(long awardId) {
        return KEY_PREFIX + awardId;
    }

    /** The award a kite-mark certificate attests. */
    public Optional<KiteMarkAward> awardOf(Certificate certificate) {
        if (certificate.kind() != CertificateKind.KITE_MARK || !certificate.subjectKey().startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(KiteMarkAward.class, Long.valueOf(certificate.subjectKey().substring(KEY_PREFIX.length()))));
    }

    /** The award's standing today. */
    public AwardStanding standingOf(KiteMarkAward award) {
        return new AwardStanding(award.serial().value(), award.status(awards.today(), awards.terms().renewalWindowDays()),
                award.levelTitle(), award.awardedAt(), award.validFrom(), award.validUntil(), award.revokedAt(), award.revocationReason(),
                award.supersededBy().map(later -> later.serial().value()));
    }

    /** The badge's face for the award today. */
    public KiteMarkBadge badgeOf(KiteMarkAward award) {
        AwardStatus status = award.status(awards.today(), 0);
        KiteMarkBadge.Standing standing = switch (status) {
            case CURRENT, RENEWAL_DUE -> KiteMarkBadge.Standing.VALID;
            case LAPSED -> KiteMarkBadge.Standing.EXPIRED;
            case REVOKED -> KiteMarkBadge.Standing.REVOKED;
            case SUPERSEDED -> KiteMarkBadge.Standing.SUPERSEDED;
        };
        return new KiteMarkBadge(award.levelTitle(), award.validUntil(), standing);
    }

    /**
     * The HTML a practice pastes into its website: the badge, with alternative text, linking to the
     * public verification of the award (which always shows its certificate in force).
     */
    public String embedSnippet(KiteMarkAward award) {
        String base = OpenBadges.base(baseUrl);
        String serial = award.serial().value();
        return "<a href=\"" + base + "/verify/" + serial + "\"><img src=\"" + base + "/api/v1/badges/" + serial
                + "\" width=\"320\" height=\"96\" alt=\""
                + KiteMarkBadge.escape("Digital Practice kite mark, " + award.levelTitle() + ": check that it is valid") + "\"></a>";
    }

    /** The certificate subject of an award: printed facts, validity and the Open Badges achievement. */
    public CertificateSubject subjectOf(KiteMarkAward award) {
        Practice practice = award.practice();
        List<String> areas = areasMet(award.application().criteria());
        // Printed at midday so that the day shown in the UK is the award's own last day.
        Instant printedExpiry = award.validUntil().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        KiteMarkCertificateData data = new KiteMarkCertificateData(practice.name(), practice.odsCode().value(),
                award.levelTitle(), award.scheme().label(), award.awardedAt(), printedExpiry, award.assessorName(), areas,
                award.serial().value());
        String summary = award.scheme().levels().stream().filter(level -> level.slug().equals(award.levelSlug()))
                .map(SchemeLevel::summary).findFirst().orElse(award.levelTitle());
        OpenBadges.Achievement achievement = achievement(award.schemeVersion(), award.levelSlug(), award.levelTitle(),
                summary, award.scheme().label());
        return new CertificateSubject(CertificateKind.KITE_MARK, keyOf(award.id()), Optional.of(practice.id()),
                Optional.empty(), Optional.empty(), AcademyCalendar.startOf(award.validFrom()), Optional.of(award.validUntil()),
                achievement, new OpenBadges.Recipient("identifier", practice.odsCode().value(), false),
                serial -> data.content(serial, baseUrl));
    }

    /**
     * What achieving a level of a scheme version means, the same for every practice that does: the
     * Open Badges achievement, whose id is the address that describes it.
     *
     * @throws NotFoundException when the scheme version has no such level
     */
    public OpenBadges.Achievement achievementOf(int schemeVersion, String levelSlug) {
        return em.createNamedQuery("SchemeVersion.all", SchemeVersion.class).getResultStream()
                .filter(scheme -> scheme.version() == schemeVersion)
                .reduce((earlier, later) -> later.revision() > earlier.revision() ? later : earlier)
                .flatMap(scheme -> scheme.levels().stream().filter(level -> level.slug().equals(levelSlug)).findFirst()
                        .map(level -> achievement(schemeVersion, level.slug(), level.title(), level.summary(), scheme.label())))
                .orElseThrow(() -> new NotFoundException("There is no such level of the kite-mark scheme."));
    }

    private OpenBadges.Achievement achievement(int schemeVersion, String levelSlug, String levelTitle, String summary,
                                               String schemeLabel) {
        return new OpenBadges.Achievement(
                OpenBadges.base(baseUrl) + "/kite-mark/scheme/" + schemeVersion + "/levels/" + levelSlug,
                "Award", "Digital Practice kite mark: " + levelTitle, summary,
                "Assessed by an assessor of the academy against every criterion of " + levelTitle + " in "
                        + schemeLabel + " of the kite-mark scheme, in three areas: "
                        + Arrays.stream(Area.values()).map(Area::label).collect(Collectors.joining(", ")) + ".");
    }

    /**
     * The award serial a person typed, if it is one: as printed ("KM-2026-000123"), or without the
     * hyphens, with spaces, in any case.
     */
    public static Optional<AwardSerial> readSerial(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (!compact.matches("KM\\d{10,13}")) {
            return AwardSerial.parse(typed);
        }
        return AwardSerial.parse("KM-" + compact.substring(2, 6) + "-" + compact.substring(6));
    }

    /** The areas of the level's frozen criteria, in scheme order, with how many criteria each held. */
    static List<String> areasMet(List<FrozenCriterion> criteria) {
        Map<Area, Long> counts = criteria.stream().collect(Collectors.groupingBy(FrozenCriterion::area, Collectors.counting()));
        return Arrays.stream(Area.values()).filter(counts::containsKey)
                .map(area -> area.label() + " (" + counts.get(area) + (counts.get(area) == 1 ? " criterion)" : " criteria)"))
                .toList();
    }
}
