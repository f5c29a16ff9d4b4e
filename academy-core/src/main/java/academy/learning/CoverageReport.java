package academy.learning;

import java.util.List;

/** A practice's training coverage per kite-mark area and per job role. */
public record CoverageReport(List<Coverage> byArea, List<Coverage> byRole) {
    public CoverageReport {
        byArea = List.copyOf(byArea);
        byRole = List.copyOf(byRole);
    }
}
