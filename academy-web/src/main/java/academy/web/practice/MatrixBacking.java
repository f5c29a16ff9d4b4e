package academy.web.practice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.ModuleVersion;
import academy.learning.CoverageReport;
import academy.learning.MatrixFilter;
import academy.learning.MatrixRow;
import academy.learning.ModuleStatus;
import academy.learning.TrainingMatrix;
import academy.learning.TrainingMatrix.StaffCounts;
import academy.learning.TrainingStatus;
import academy.practice.JobRole;
import academy.shared.AcademyException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Messages;
import academy.web.faces.Pages;

/**
 * A practice's training matrix ({@code /practice/matrix.xhtml?practice=<id>&status=overdue&role=…&q=…&page=…}):
 * how many staff have training overdue or due soon, then staff × required modules with each
 * status as a tag, filtered by job role, status and name and paged in the database. The filters
 * are the address (a plain GET form), so the counts on the manager's home page link straight to a
 * filtered matrix. Downloads of the filtered matrix as CSV or Excel, and coverage per kite-mark
 * area and job role.
 */
@Named
@RequestScoped
public class MatrixBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    /** Staff per page: a screenful on a desktop. */
    static final int PAGE_SIZE = 20;

    /** The statuses the filter offers, in the order a manager acts on them. */
    static final List<String> FILTER_STATUSES = List.of("overdue", "due-soon", "refresh-needed", "in-progress",
            "not-started", "complete");

    /** The filter value for "has assigned training overdue" (an assignment, not a module's status). */
    static final String OVERDUE_ASSIGNMENT = "overdue-assignment";

    @Inject
    TrainingMatrix matrix;

    @Inject
    academy.learning.assignment.Assignments assignments;

    private java.util.Map<Long, academy.learning.assignment.Assignments.MemberCounts> assigned;

    private String role;
    private String status;
    private String search;
    private String pageParam;

    // Read once per request.
    private MatrixFilter filter;
    private Page<MatrixRow> rows;
    private List<ModuleVersion> modules;
    private CoverageReport coverage;
    private StaffCounts counts;

    /**
     * Works out the filter from the address; a role or status nobody can have is named in a
     * message and left out, so the page still shows the matrix.
     */
    @Override
    protected void chosen() {
        MatrixFilter asked = MatrixFilter.ALL;
        Optional<JobRole> jobRole = JobRole.fromSlug(blankIfNull(role)).filter(JobRole::isStaff);
        if (jobRole.isPresent()) {
            asked = asked.withRole(jobRole.get());
        } else if (!blankIfNull(role).isBlank()) {
            Messages.error("There is no staff job role \u201c" + shorten(role) + "\u201d. Showing every role.");
            role = null;
        }
        Set<TrainingStatus> statuses = FILTER_STATUSES.contains(blankIfNull(status)) ? TrainingStatus.matching(status) : Set.of();
        if (OVERDUE_ASSIGNMENT.equals(blankIfNull(status))) {
            asked = asked.withOverdueAssignment(true);
        } else if (!statuses.isEmpty()) {
            asked = asked.withStatuses(statuses);
        } else if (!blankIfNull(status).isBlank()) {
            Messages.error("There is no status \u201c" + shorten(status) + "\u201d. Showing every status.");
            status = null;
        }
        try {
            asked = asked.withName(search);
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage());
            search = null;
        }
        filter = asked;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    /** This page of the filtered staff, read from the database. */
    public Page<MatrixRow> getRows() {
        if (rows == null) {
            int number = Pages.wholeNumber(pageParam).filter(n -> n >= 1).orElse(1) - 1;
            rows = matrix.rows(actor(), practiceId(), filter, TrainingMatrix.Sort.NAME, true, new PageRequest(number, PAGE_SIZE));
            if (rows.items().isEmpty() && number > 0 && rows.total() > 0) {
                // A page past the end (an old bookmark): the last page instead.
                rows = matrix.rows(actor(), practiceId(), filter, TrainingMatrix.Sort.NAME, true,
                        new PageRequest(rows.pageCount() - 1, PAGE_SIZE));
            }
        }
        return rows;
    }

    /** "2 assigned, 1 overdue" for a row, or "None": the person's open assigned training (read once for the page). */
    public String assignedText(MatrixRow row) {
        academy.learning.assignment.Assignments.MemberCounts counts = assignedOf(row);
        if (counts.open() == 0) {
            return "None";
        }
        return counts.open() + " assigned" + (counts.overdue() > 0 ? ", " + counts.overdue() + " overdue" : "");
    }

    /** Whether the row's person has assigned training overdue. */
    public boolean hasOverdueAssignment(MatrixRow row) {
        return assignedOf(row).overdue() > 0;
    }

    private academy.learning.assignment.Assignments.MemberCounts assignedOf(MatrixRow row) {
        if (assigned == null) {
            assigned = assignments.countsOfMembers(actor(), practiceId(),
                    getRows().items().stream().map(r -> r.membership().id()).toList());
        }
        return assigned.getOrDefault(row.membership().id(), academy.learning.assignment.Assignments.MemberCounts.NONE);
    }

    /** Staff with something overdue or due soon, whatever the filter. */
    public StaffCounts getCounts() {
        if (counts == null) {
            counts = matrix.counts(actor(), practiceId());
        }
        return counts;
    }

    public List<ModuleVersion> getModules() {
        if (modules == null) {
            modules = matrix.requiredModules();
        }
        return modules;
    }

    public CoverageReport getCoverage() {
        if (coverage == null) {
            coverage = matrix.coverage(actor(), practiceId());
        }
        return coverage;
    }

    /** The status key of one cell for {@code n:tag}: "not-required" when the person's role does not ask for the module. */
    public String statusOf(MatrixRow row, ModuleVersion module) {
        return row.cell(module.slug()).map(ModuleStatus::status).map(TrainingStatus::summarySlug).orElse("not-required");
    }

    /** A column's short heading; the full title is the heading's accessible name. */
    public String shortLabel(ModuleVersion module) {
        return ModuleLabels.shortLabel(module.title());
    }

    /** Whether any filter is on: the page then offers to clear them. */
    public boolean isFiltered() {
        return filter.role().isPresent() || !filter.statuses().isEmpty() || filter.name().isPresent()
                || filter.overdueAssignment();
    }

    /** The matrix of this practice with this status filter and no other (what the counts link to). */
    public String statusLink(String statusKey) {
        return "/practice/matrix.xhtml?practice=" + practiceId() + "&status=" + statusKey;
    }

    /** The same filter on another page (numbered from 1). */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("/practice/matrix.xhtml?practice=").append(practiceId());
        appendParameter(link, "role", role);
        appendParameter(link, "status", status);
        appendParameter(link, "q", search);
        return link.append("&page=").append(number).toString();
    }

    /** "Page 2 of 3" for the pagination. */
    public String pageLabel(int number) {
        return "Page " + number + " of " + getRows().pageCount();
    }

    /** Where the ZIP of all the practice's certificates is. */
    public String getCertificatesLink() {
        return "/api/v1/practices/" + practiceId() + "/certificates.zip";
    }

    /** Where the download of the filtered matrix in {@code format} (csv or xlsx) is. */
    public String exportLink(String format) {
        StringBuilder link = new StringBuilder("/api/v1/practices/").append(practiceId())
                .append("/training-matrix/export?format=").append(format);
        appendParameter(link, "role", role);
        appendParameter(link, "status", status);
        appendParameter(link, "q", search);
        return link.toString();
    }

    private static void appendParameter(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public List<JobRole> getStaffRoles() {
        return Arrays.stream(JobRole.values()).filter(JobRole::isStaff).toList();
    }

    /** The status keys the filter offers. */
    public List<String> getFilterStatuses() {
        return FILTER_STATUSES;
    }

    /** The statuses the legend explains, with what each means here. */
    public List<String[]> getLegend() {
        return List.of(
                new String[] {"complete", "done, and not due again for more than 60 days"},
                new String[] {"due-soon", "done, but due again within 60 days"},
                new String[] {"overdue", "past the date it had to be done again"},
                new String[] {"refresh-needed", "the module changed since; take it again"},
                new String[] {"in-progress", "started, not finished"},
                new String[] {"not-started", "required, never started"},
                new String[] {"not-required", "this person's job role does not ask for it"});
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getPageParam() { return pageParam; }
    public void setPageParam(String pageParam) { this.pageParam = pageParam; }
}
