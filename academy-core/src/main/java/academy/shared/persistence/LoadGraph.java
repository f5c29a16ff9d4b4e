package academy.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A query's fetch plan from a named entity graph: the graph's attributes are loaded with the results,
 * the others as their mapping says (a load graph, not a fetch graph, so nothing else turns lazy).
 */
public final class LoadGraph {

    static final String HINT = "jakarta.persistence.loadgraph";

    private LoadGraph() {
    }

    public static <T> TypedQuery<T> of(EntityManager em, String graphName, TypedQuery<T> query) {
        return query.setHint(HINT, em.getEntityGraph(graphName));
    }
}
