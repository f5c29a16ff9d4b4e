package academy.web.admin;

import static academy.shared.JsonSupport.JSON;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import academy.accreditation.register.RegionFigures;
import academy.accreditation.register.RegionReport;
import academy.catalogue.Area;
import academy.shared.time.AcademyCalendar;
import academy.web.security.CurrentUser;

/**
 * The region's kite-mark dashboard ({@code /admin/accreditation.xhtml}): the figures are read once
 * per request; each chart is a Chart.js configuration, and the page shows the same figures as tables.
 */
@Named
@RequestScoped
public class AccreditationDashboardBacking {

    // Colours with at least 3:1 contrast against white, told apart by the table as well as by hue.
    private static final String[] COLOURS = {"#005eb8", "#007f3b", "#7c2855"};

    @Inject
    RegionReport report;

    @Inject
    CurrentUser currentUser;

    private RegionFigures figures;

    public RegionFigures getFigures() {
        if (figures == null) {
            figures = report.figures(currentUser.actor());
        }
        return figures;
    }

    /** "November 2026", as every page writes a month. */
    public String monthLabel(YearMonth month) {
        return AcademyCalendar.month(month);
    }

    public List<Area> getAreas() {
        return List.of(Area.values());
    }

    /** Practices holding each level, as a bar chart. */
    public String getLevelsChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        getFigures().levels().forEach(level -> {
            labels.add(level.title());
            data.add(level.practices());
        });
        return bar(labels, JSON.createArrayBuilder().add(dataset("Practices", data, COLOURS[0])), false);
    }

    /** The criteria most often missed, as a horizontal bar chart. */
    public String getMissedChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        getFigures().missed().forEach(criterion -> {
            labels.add(criterion.title());
            data.add(criterion.practices());
        });
        return bar(labels, JSON.createArrayBuilder().add(dataset("Practices missing it", data, COLOURS[2])), true);
    }

    /** Practices with completions per area and month, as a line chart. */
    public String getCoverageChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        List<YearMonth> months = getFigures().months();
        // The chart's axis has little room: "Nov 2026"; the table beneath says "November 2026".
        months.forEach(month -> labels.add(AcademyCalendar.shortMonth(month)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        Area[] areas = Area.values();
        for (int i = 0; i < areas.length; i++) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            Area area = areas[i];
            months.forEach(month -> data.add(getFigures().reached(month, area)));
            datasets.add(dataset(area.label(), data, COLOURS[i % COLOURS.length]).add("fill", false));
        }
        return JSON.createObjectBuilder().add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(false)).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(horizontal)).build().toString();
    }

    private static JsonObjectBuilder options(boolean horizontal) {
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y",
                        JSON.createObjectBuilder().add("beginAtZero", true).add("ticks", JSON.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return options;
    }
}
