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

import academy.accreditation.application.FrozenCriterion;
import academy.accreditation.award.AwardStatus;
import academy.accreditation.award.Awards;
import academy.accreditation.award.KiteMarkAward;
import academy.accreditation.scheme.SchemeLevel;
import academy.catalogue.Area;
import academy.practice.Practice;

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
                award.levelTitle(), award.validFrom(), award.validUntil(), award.revokedAt(), award.revocationReason(),
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
        OpenBadges.Achievement achievement = new OpenBadges.Achievement(
                OpenBadges.base(baseUrl) + "/kite-mark/scheme/" + award.schemeVersion() + "/levels/" + award.levelSlug(),
                "Award", "Digital Practice kite mark: " + award.levelTitle(), summary,
                "Assessed by an assessor of the academy against every criterion of " + award.levelTitle() + " in "
                        + award.scheme().label() + " of the kite-mark scheme, in three areas: "
                        + Arrays.stream(Area.values()).map(Area::label).collect(Collectors.joining(", ")) + ".");
        return new CertificateSubject(CertificateKind.KITE_MARK, keyOf(award.id()), Optional.of(practice.id()),
                Optional.empty(), Optional.empty(), startOf(award.validFrom()), Optional.of(startOf(award.validUntil().plusDays(1))),
                achievement, new OpenBadges.Recipient("identifier", practice.odsCode().value(), false),
                serial -> data.content(serial, baseUrl));
    }

    /** The areas of the level's frozen criteria, in scheme order, with how many criteria each held. */
    static List<String> areasMet(List<FrozenCriterion> criteria) {
        Map<Area, Long> counts = criteria.stream().collect(Collectors.groupingBy(FrozenCriterion::area, Collectors.counting()));
        return Arrays.stream(Area.values()).filter(counts::containsKey)
                .map(area -> area.label() + " (" + counts.get(area) + (counts.get(area) == 1 ? " criterion)" : " criteria)"))
                .toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
