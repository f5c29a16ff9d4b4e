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

    public boolean has(TrainingStatus status) {
        return cells.stream().anyMatch(c -> c.status() == status);
    }
}
