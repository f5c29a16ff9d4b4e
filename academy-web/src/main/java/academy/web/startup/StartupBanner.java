package academy.web.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.catalogue.Catalogue;
import academy.demo.DemoRegion;
import academy.shared.persistence.AcademyDataSource;
import academy.shared.AcademyStarted;

/** Tells whoever started the academy where to open it, once it is ready. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    @ConfigProperty(name = "academy.http.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "academy.http.port", defaultValue = "8080")
    String port;

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Catalogue catalogue;

    void announce(@Observes AcademyStarted started) {
        String url = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port + "/";
        String content = catalogue.lastLoad()
                .map(l -> l.modules() + " modules, " + l.showcases() + " showcases, " + l.guides() + " guides")
                .orElse("no content");
        String database = AcademyDataSource.isEmbedded()
                ? "embedded H2 in " + AcademyDataSource.dataDirectory()
                : "PostgreSQL";
        List<String> lines = new ArrayList<>(List.of(
                "",
                "==============================================================",
                "  The academy is ready: open " + url,
                "  Content: " + content,
                "  Database: " + database));
        if (demo) {
            // Demo mode only: a real installation never prints a password.
            lines.add("");
            lines.add("  Demo sign-ins at " + url + "signin.xhtml (password for all: " + DemoRegion.PASSWORD + ")");
            DemoRegion.accounts().forEach(account -> lines.add(String.format("    %-38s %s", account.email(), account.role())));
            lines.add("  Mail the demo sends: " + url + "demo/outbox.xhtml (administrators, and this machine only)");
        }
        lines.add("  Stop it with Ctrl-C.");
        lines.add("==============================================================");
        LOG.info(() -> String.join("\n", lines));
    }
}
