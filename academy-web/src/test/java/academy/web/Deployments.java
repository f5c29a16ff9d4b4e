package academy.web;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the in-container tests deploy: the real WAR that {@code package} built, not a hand-picked
 * list of classes, so the tests see exactly what production runs.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The academy WAR, renamed ROOT.war so that Payara Micro serves it at the context root "/" as
     * production does (ARCHITECTURE.md, "Public interfaces").
     */
    public static WebArchive academy() {
        String war = System.getProperty("academy.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("System property academy.war must name the built WAR (failsafe sets it); "
                    + "it is " + war);
        }
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
    }
}
