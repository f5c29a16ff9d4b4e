package academy.web.admin;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import academy.audit.AuditEntry;
import academy.audit.AuditFilter;
import academy.audit.AuditTrail;
import academy.shared.AcademyException;
import academy.shared.InvalidRequestException;
import academy.shared.PageRequest;
import academy.shared.time.AcademyCalendar;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The audit trail ({@code /admin/audit.xhtml}), read-only, newest first. The filters travel in the
 * address (the form redirects to it), so a filtered view can be bookmarked and shared between administrators.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    private String action;
    private String person;
    private String practice;
    private String from;
    private String until;

    // The form's fields: the address's filters, read again when the form goes back to the address.
    private String filterAction;
    private String filterPerson;
    private String filterPractice;
    private LocalDate fromDay;
    private LocalDate untilDay;

    private AuditFilter filter = AuditFilter.ALL;
    private final EntriesModel entries = new EntriesModel();

    /** Reads the filters from the address; a filter that cannot be read is named and left out. */
    public void load() {
        filterAction = action;
        filterPerson = person;
        filterPractice = practice;
        try {
            fromDay = day(from, "from").orElse(null);
            untilDay = day(until, "until").orElse(null);
            filter = new AuditFilter(Optional.ofNullable(action).filter(a -> !a.isBlank()), number(person, "person"),
                    number(practice, "practice"), Optional.ofNullable(fromDay).map(AcademyCalendar::startOf),
                    Optional.ofNullable(untilDay).map(d -> AcademyCalendar.startOf(d.plusDays(1))));
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage() + " All entries are shown instead.");
            filter = AuditFilter.ALL;
        }
    }

    /**
     * Puts the form's filters into the address and goes there, so that the filtered trail can be
     * bookmarked and shared. The date inputs have checked their days already.
     */
    public void show() throws IOException {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "action", filterAction);
        put(query, "person", filterPerson);
        put(query, "practice", filterPractice);
        put(query, "from", fromDay == null ? null : fromDay.toString());
        put(query, "until", untilDay == null ? null : untilDay.toString());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.encodeRedirectURL(external.getRequestContextPath() + "/admin/audit.xhtml", query));
    }

    private static void put(Map<String, List<String>> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, List.of(value.strip()));
        }
    }

    /** What the table below shows, in words. */
    public String getFilterSummary() {
        if (!isFiltered()) {
            return "Showing every entry.";
        }
        List<String> parts = new ArrayList<>();
        filter.actionPrefix().ifPresent(a -> parts.add("actions starting with \u201c" + a + "\u201d"));
        filter.personId().ifPresent(p -> parts.add("person " + p));
        filter.practiceId().ifPresent(p -> parts.add("practice " + p));
        Optional.ofNullable(fromDay).ifPresent(d -> parts.add("from " + AcademyCalendar.day(d)));
        Optional.ofNullable(untilDay).ifPresent(d -> parts.add("until " + AcademyCalendar.day(d)));
        return "Showing entries for " + String.join(", ", parts) + ".";
    }

    private static Optional<Long> number(String text, String what) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Pages.wholeNumber(text).map(Integer::longValue).orElseThrow(
                () -> new InvalidRequestException("The " + what + " number must be a whole number.")));
    }

    private static Optional<LocalDate> day(String text, String what) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            throw new InvalidRequestException("The \u201c" + what + "\u201d day in the address must look like 2026-03-31.");
        }
    }

    public boolean isFiltered() {
        return !AuditFilter.ALL.equals(filter);
    }

    public EntriesModel getEntries() {
        return entries;
    }

    /** Entries newest first, one page at a time, from the database. */
    public class EntriesModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.find(currentUser.actor(), filter, PageRequest.first(1)).total();
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_PAGE_SIZE);
            var page = audit.find(currentUser.actor(), filter, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }
    }

    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getPractice() { return practice; }
    public void setPractice(String practice) { this.practice = practice; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getUntil() { return until; }
    public void setUntil(String until) { this.until = until; }
    public String getFilterAction() { return filterAction; }
    public void setFilterAction(String filterAction) { this.filterAction = filterAction; }
    public String getFilterPerson() { return filterPerson; }
    public void setFilterPerson(String filterPerson) { this.filterPerson = filterPerson; }
    public String getFilterPractice() { return filterPractice; }
    public void setFilterPractice(String filterPractice) { this.filterPractice = filterPractice; }
    public LocalDate getFromDay() { return fromDay; }
    public void setFromDay(LocalDate fromDay) { this.fromDay = fromDay; }
    public LocalDate getUntilDay() { return untilDay; }
    public void setUntilDay(LocalDate untilDay) { this.untilDay = untilDay; }
}
