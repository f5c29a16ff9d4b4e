package academy.web.assignment;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.LearningPath;
import academy.catalogue.ModuleVersion;
import academy.practice.JobRole;
import academy.shared.PageRequest;

/** What the assign forms offer ({@code #{assignmentChoices…}}): job roles, modules and learning paths, read once a request. */
@Named
@RequestScoped
public class AssignmentChoices {

    @Inject
    Catalogue catalogue;

    private List<ModuleVersion> modules;
    private List<LearningPath> paths;

    public List<JobRole> getRoles() {
        return Arrays.asList(JobRole.values());
    }

    /** The catalogue's modules (it holds far fewer than a page's worth). */
    public List<ModuleVersion> getModules() {
        if (modules == null) {
            modules = catalogue.findModules(Catalogue.ModuleFilter.ALL, PageRequest.first(PageRequest.MAX_PAGE_SIZE)).items();
        }
        return modules;
    }

    public List<LearningPath> getPaths() {
        if (paths == null) {
            paths = catalogue.paths().stream().filter(LearningPath::isActive).toList();
        }
        return paths;
    }
}
