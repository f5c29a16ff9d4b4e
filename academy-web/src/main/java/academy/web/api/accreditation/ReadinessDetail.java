package academy.web.api.accreditation;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.accreditation.readiness.AreaProgress;
import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.HelpLink;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.readiness.ReadinessFacts;
import academy.web.api.Links;

/** A practice's live readiness for the kite mark: progress per area and level, and every criterion. */
@Schema(name = "Readiness")
@JsonbPropertyOrder({"practiceId", "practice", "scheme", "schemeVersion", "areas", "levels", "criteria"})
public record ReadinessDetail(
        long practiceId,
        String practice,
        @Schema(example = "Digital practice kite mark") String scheme,
        @Schema(example = "version 1") String schemeVersion,
        @Schema(description = "Criteria met per area, over the whole scheme") List<Progress> areas,
        List<Level> levels,
        @Schema(description = "Every criterion of the scheme once, in scheme order") List<Criterion> criteria) {

    @Schema(name = "ReadinessProgress")
    @JsonbPropertyOrder({"area", "label", "met", "total", "percent"})
    public record Progress(@Schema(example = "patient-upskilling") String area, String label, int met, int total,
                           int percent) {
        static Progress of(AreaProgress progress) {
            return new Progress(progress.area().slug(), progress.area().label(), progress.met(), progress.total(),
                    progress.percent());
        }
    }

    @Schema(name = "ReadinessLevel")
    @JsonbPropertyOrder({"level", "title", "met", "total", "percent", "automaticCriteriaMet", "blocking", "areas"})
    public record Level(@Schema(example = "foundation") String level, String title, int met, int total, int percent,
                        @Schema(description = "Whether every criterion checked from data is met (the practice may apply)")
                        boolean automaticCriteriaMet,
                        @Schema(description = "Ids of the criteria checked from data that are not met yet")
                        List<String> blocking,
                        List<Progress> areas) {
        static Level of(LevelReadiness level) {
            return new Level(level.level().slug(), level.level().title(), level.met(), level.total(), level.percent(),
                    level.automaticCriteriaMet(), level.blocking().stream().map(c -> c.criterion().slug()).toList(),
                    level.areas().stream().map(Progress::of).toList());
        }
    }

    @Schema(name = "ReadinessCriterion")
    @JsonbPropertyOrder({"id", "title", "level", "area", "kind", "status", "progress", "gap", "help", "evidence"})
    public record Criterion(@Schema(example = "wifi-survey") String id, String title,
                            @Schema(description = "The lowest level that requires it", example = "foundation") String level,
                            @Schema(example = "infrastructure") String area,
                            @Schema(enumeration = {"training-coverage", "ppg-training", "metric-threshold", "sessions",
                                    "evidence"}) String kind,
                            @Schema(enumeration = {"met", "not-met", "awaiting-evidence", "awaiting-assessor"}) String status,
                            @Schema(description = "What the practice has, in words") String progress,
                            @Schema(description = "What is missing, in words; absent when met") String gap,
                            List<Help> help,
                            @Schema(description = "The practice's latest statement (evidence criteria); absent when none") Evidence evidence) {
    }

    @Schema(name = "ReadinessHelp")
    @JsonbPropertyOrder({"kind", "slug", "title", "links"})
    public record Help(@Schema(enumeration = {"module", "guide", "showcase"}) String kind, String slug, String title,
                       Links links) {
    }

    @Schema(name = "ReadinessEvidence")
    @JsonbPropertyOrder({"statement", "link", "file", "submittedAt"})
    public record Evidence(String statement,
                           @Schema(description = "Where the evidence can be seen; absent when only a file was given") String link,
                           @Schema(description = "The uploaded evidence file; absent when only a link was given") EvidenceFile file,
                           Instant submittedAt) {
    }

    @Schema(name = "ReadinessEvidenceFile")
    @JsonbPropertyOrder({"id", "name", "links"})
    public record EvidenceFile(long id, @Schema(example = "wifi-survey-may.pdf") String name,
                               @Schema(description = "self: the download; html: the readiness page") Links links) {
    }

    static ReadinessDetail of(PracticeReadiness readiness, Links.Roots roots) {
        List<Criterion> criteria = readiness.criteria().stream().map(c -> criterion(readiness, c, roots)).toList();
        return new ReadinessDetail(readiness.practiceId(), readiness.practiceName(), readiness.schemeTitle(),
                readiness.schemeLabel(), readiness.areas().stream().map(Progress::of).toList(),
                readiness.levels().stream().map(Level::of).toList(), criteria);
    }

    private static Criterion criterion(PracticeReadiness readiness, CriterionReadiness judged, Links.Roots roots) {
        academy.accreditation.scheme.Criterion c = judged.criterion();
        return new Criterion(c.slug(), c.title(), readiness.levelOf(judged).map(l -> l.slug()).orElse(""), c.area().slug(),
                c.kind().slug(), judged.status().slug(), judged.progress(), judged.gap().orElse(null),
                judged.help().stream().map(h -> help(h, roots)).toList(),
                judged.evidence().map(e -> evidence(readiness.practiceId(), e, roots)).orElse(null));
    }

    private static Evidence evidence(long practiceId, ReadinessFacts.Evidence given, Links.Roots roots) {
        return new Evidence(given.statement(), given.link().orElse(null), given.file().map(f -> new EvidenceFile(f.id(),
                f.name(), roots.to("practices/" + practiceId + "/evidence/" + f.id(),
                        "accreditation/readiness.xhtml?practice=" + practiceId))).orElse(null), given.submittedAt());
    }

    private static Help help(HelpLink link, Links.Roots roots) {
        return switch (link.kind()) {
            case MODULE -> new Help("module", link.slug(), link.title(),
                    roots.to("modules/" + link.slug(), "catalogue/module.xhtml?slug=" + link.slug()));
            case GUIDE -> new Help("guide", link.slug(), link.title(),
                    roots.to("guides/" + link.slug(), "guides/guide.xhtml?slug=" + link.slug()));
            case SHOWCASE -> new Help("showcase", link.slug(), link.title(),
                    roots.to("showcases/" + link.slug(), "showcases/showcase.xhtml?slug=" + link.slug()));
        };
    }
}
