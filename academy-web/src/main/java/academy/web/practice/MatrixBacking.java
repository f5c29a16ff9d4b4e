package academy.web.practice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import academy.catalogue.ModuleVersion;
import academy.learning.CoverageReport;
import academy.learning.MatrixFilter;
import academy.learning.MatrixRow;
import academy.learning.TrainingMatrix;
import academy.learning.TrainingStatus;
import academy.practice.JobRole;
import academy.shared.AcademyException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Messages;

/**
 * A practice's training matrix ({@code /practice/matrix.xhtml?practice=<id>}): staff × required
 * modules with each status in words and an icon, filtered by job role, status and name, sorted
 * and paged in the database (a lazy table); downloads of the filtered matrix as CSV or Excel; and
 * the coverage per kite-mark area and job role.
 */
@Named
@ViewScoped
public class MatrixBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingMatrix matrix;

    private String roleFilter;
    private String statusFilter;
    private String search;

    // The filter the table and the download links use: set when "Show" is pressed.
    private String appliedRole;
    private String appliedStatus;
    private String appliedSearch;

    private RowsModel rows = new RowsModel();
    private transient List<ModuleVersion> modules;
    private transient CoverageReport coverage;

    /** Applies the filters (the table reloads from the database, from its first page). */
    public void filter() {
        try {
            filterOf(roleFilter, statusFilter, search);
            appliedRole = roleFilter;
            appliedStatus = statusFilter;
            appliedSearch = search;
            rows = new RowsModel();
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage());
        }
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

    /** Where the ZIP of all the practice's certificates is. */
    public String getCertificatesLink() {
        return "/api/v1/practices/" + practiceId() + "/certificates.zip";
    }

    /** Where the download of the filtered matrix in {@code format} (csv or xlsx) is. */
    public String exportLink(String format) {
        StringBuilder link = new StringBuilder("/api/v1/practices/").append(practiceId())
                .append("/training-matrix/export?format=").append(format);
        appendParameter(link, "role", appliedRole);
        appendParameter(link, "status", appliedStatus);
        appendParameter(link, "q", appliedSearch);
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

    public List<TrainingStatus> getStatuses() {
        return Arrays.asList(TrainingStatus.values());
    }

    /** A short word for the status's icon class: complete, due, overdue, started, none. */
    public String tone(TrainingStatus status) {
        if (status.isDone()) {
            return status.isDue() ? "due" : "complete";
        }
        if (status.isOverdue()) {
            return "overdue";
        }
        return status == TrainingStatus.IN_PROGRESS ? "started" : "none";
    }

    static MatrixFilter filterOf(String role, String status, String name) {
        MatrixFilter filter = MatrixFilter.ALL.withName(name);
        Optional<JobRole> jobRole = JobRole.fromSlug(role == null ? "" : role);
        if (jobRole.isPresent()) {
            filter = filter.withRole(jobRole.get());
        }
        Optional<TrainingStatus> trainingStatus = TrainingStatus.fromSlug(status == null ? "" : status);
        if (trainingStatus.isPresent()) {
            filter = filter.withStatus(trainingStatus.get());
        }
        return filter;
    }

    public RowsModel getRows() {
        return rows;
    }

    /** Staff, one page at a time, filtered, sorted and paged by the database. */
    public class RowsModel extends LazyDataModel<MatrixRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, Map.of()).total();
        }

        @Override
        public List<MatrixRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<MatrixRow> page = page(first / Math.max(pageSize, 1), pageSize, sortBy);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(MatrixRow row) {
            return String.valueOf(row.membership().id());
        }

        private Page<MatrixRow> page(int number, int size, Map<String, SortMeta> sortBy) {
            TrainingMatrix.Sort sort = TrainingMatrix.Sort.NAME;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = "role".equals(meta.getField()) ? TrainingMatrix.Sort.JOB_ROLE : TrainingMatrix.Sort.NAME;
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            return matrix.rows(actor(), practiceId(), filterOf(appliedRole, appliedStatus, appliedSearch), sort, ascending,
                    new PageRequest(number, Math.min(Math.max(size, 1), PageRequest.MAX_PAGE_SIZE)));
        }
    }

    public String getRoleFilter() { return roleFilter; }
    public void setRoleFilter(String roleFilter) { this.roleFilter = roleFilter; }
    public String getStatusFilter() { return statusFilter; }
    public void setStatusFilter(String statusFilter) { this.statusFilter = statusFilter; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
