package academy.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * URL (a GET form), so a filtered view can be bookmarked and shared between administrators.
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

    private AuditFilter filter = AuditFilter.ALL;
    private final EntriesModel entries = new EntriesModel();

    /** Reads the filters; a filter that cannot be read is named and left out. */
    public void load() {
        try {
            filter = new AuditFilter(Optional.ofNullable(action), number(person, "person"), number(practice, "practice"),
                    day(from, "from").map(d -> AcademyCalendar.startOf(d)),
                    day(until, "until").map(d -> AcademyCalendar.startOf(d.plusDays(1))));
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage() + " All entries are shown instead.");
            filter = AuditFilter.ALL;
        }
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
            throw new InvalidRequestException("The \"" + what + "\" date must look like 2026-03-31.");
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
}
