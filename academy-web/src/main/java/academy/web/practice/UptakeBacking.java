package academy.web.practice;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import academy.evidence.EvidenceType;
import academy.practice.UptakeEntry;
import academy.practice.UptakeFigure;
import academy.practice.UptakeFigures;
import academy.practice.UptakeMeasure;
import academy.shared.time.AcademyCalendar;
import academy.web.evidence.EvidenceUploads;
import academy.web.faces.Messages;
import academy.web.paging.PagedModel;

/**
 * A practice's monthly uptake figures ({@code /practice/uptake.xhtml?practice=<id>}): record a
 * figure with its source and, optionally, an evidence file (checked and stored by the evidence
 * store in the same transaction), and list the current figures with their evidence.
 */
@Named
@ViewScoped
public class UptakeBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    /** How far back figures can be recorded, in months. */
    static final int MONTHS_OFFERED = 36;

    @Inject
    UptakeFigures figures;

    @Inject
    java.time.Clock clock;

    private String month;
    private String measure;
    private String value;
    private String source;
    private transient Part evidence;

    private PagedModel<UptakeFigure> list = newList();

    public void record() {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException notAMonth) {
            Messages.error("Choose the month the figure is for.");
            return;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value == null ? "" : value.strip().replace("%", "").strip());
        } catch (NumberFormatException notANumber) {
            Messages.error("Please give the figure as a number, such as 42.5.");
            return;
        }
        Optional<UptakeMeasure> chosen = Arrays.stream(UptakeMeasure.values()).filter(m -> m.name().equals(measure)).findFirst();
        UptakeEntry entry = new UptakeEntry(yearMonth, chosen.orElse(null), number, source, Optional.empty());
        boolean recorded = EvidenceUploads.attempt(evidence, upload -> {
            UptakeFigure figure = figures.record(actor(), practiceId(), entry, upload);
            return "Recorded: " + figure.measure().label() + " for " + AcademyCalendar.month(figure.month()) + " is "
                    + figure.value().stripTrailingZeros().toPlainString() + (figure.measure().isPercentage() ? "%" : "")
                    + figure.evidence().map(f -> ", with the evidence file " + f.originalName()).orElse("") + ".";
        });
        if (recorded) {
            month = null;
            measure = null;
            value = null;
            source = null;
            list = newList();
        }
    }

    /** The months a figure can be recorded for: this month (in London) and the {@value #MONTHS_OFFERED} before it, newest first. */
    public List<YearMonth> getMonths() {
        YearMonth now = YearMonth.from(AcademyCalendar.dayOf(clock.instant()));
        return java.util.stream.Stream.iterate(now, m -> m.minusMonths(1)).limit(MONTHS_OFFERED + 1L).toList();
    }

    public List<UptakeMeasure> getMeasures() { return Arrays.asList(UptakeMeasure.values()); }

    /** What the evidence field accepts, for the browser's file chooser: ".pdf,.png,…". */
    public String getAcceptedTypes() {
        return EvidenceUploads.acceptedTypes();
    }

    public String getAcceptedTypesInWords() {
        return EvidenceType.allowedList();
    }

    /** The figure as people read it: "42.5%" or "18". */
    public String shown(UptakeFigure figure) {
        return figure.value().stripTrailingZeros().toPlainString() + (figure.measure().isPercentage() ? "%" : "");
    }

    public PagedModel<UptakeFigure> getList() {
        return list;
    }

    /** The practice's current figures, newest month first, one page at a time from the database. */
    private PagedModel<UptakeFigure> newList() {
        return new PagedModel<>(request -> figures.current(actor(), practiceId(), request), UptakeFigure::id);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Part getEvidence() { return evidence; }
    public void setEvidence(Part evidence) { this.evidence = evidence; }
}
