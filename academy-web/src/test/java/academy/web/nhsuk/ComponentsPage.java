package academy.web.nhsuk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import academy.web.faces.Messages;

/**
 * Backs the test-only page that uses every NHS.UK component ({@code src/test/webapp/nhsuk-components.xhtml},
 * deployed only by {@link ComponentsUiIT}): a value of each type the fields convert.
 */
@Named("componentsPage")
@RequestScoped
public class ComponentsPage {

    /** An enum answer, as pages' radios hold them. */
    public enum Role {
        RECEPTION("Receptionist", "Front desk and phones"), MANAGER("Practice manager", null);

        private final String label;
        private final String description;

        Role(String label, String description) {
            this.label = label;
            this.description = description;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }
    }

    /** Answers identified by a Long, as modules and people are. */
    public record Module(Long id, String title) {
    }

    private String name;
    private String email;
    private String notes;
    private String colour;
    private Role role;
    private List<Long> modules = new ArrayList<>();
    private boolean agree;
    private LocalDate start;
    private String saved;
    private Part file;
    private String uploaded;

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<Module> getModuleChoices() {
        return List.of(new Module(11L, "Information governance"), new Module(12L, "Safeguarding adults"),
                new Module(13L, "Fire safety"));
    }

    public LocalDate getEarliest() {
        return LocalDate.of(2026, 1, 1);
    }

    public void save() {
        saved = name + "|" + email + "|" + notes + "|" + colour + "|" + role + "|" + modules + "|"
                + modules.stream().map(Object::getClass).map(Class::getSimpleName).distinct().toList() + "|" + agree + "|" + start;
        Messages.info("Details saved");
    }

    public void upload() {
        uploaded = file.getSubmittedFileName() + "|" + file.getSize();
        Messages.info("File uploaded");
    }

    public String getUploaded() {
        return uploaded;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSaved() {
        return saved;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<Long> getModules() {
        return modules;
    }

    public void setModules(List<Long> modules) {
        this.modules = modules;
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean agree) {
        this.agree = agree;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }
}
