package academy.learning;

import java.util.List;
import java.util.Objects;

import academy.practice.Membership;

/**
 * One member of staff in the training matrix: their membership (with the person) and one cell per
 * module their job role requires, in path order.
 */
public record MatrixRow(Membership membership, List<ModuleStatus> cells) {

    public MatrixRow {
        Objects.requireNonNull(membership, "membership");
        cells = List.copyOf(cells);
    }

    /** The cell of one module; empty when the person's job role does not require it. */
    public java.util.Optional<ModuleStatus> cell(String moduleSlug) {
        return cells.stream().filter(c -> c.module().slug().equals(moduleSlug)).findFirst();
    }

    public boolean has(TrainingStatus status) {
        return cells.stream().anyMatch(c -> c.status() == status);
    }
}
