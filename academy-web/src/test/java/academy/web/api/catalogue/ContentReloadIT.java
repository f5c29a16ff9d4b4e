package academy.web.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.web.Deployments;
import academy.web.TestDatabase;

/**
 * Starting the academy again on the same content changes nothing in the catalogue: the second
 * start migrates nothing, loads the tree again and finds every module unchanged. This costs two
 * Payara Micro starts, which is why it is one test on its own and checks everything in one go.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentReloadIT {

    private static final String ACADEMY = "academy";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = ACADEMY, managed = false, testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    /** What a load may leave behind; the load time is kept apart because it must move. */
    record Catalogue(List<String> versions, List<String> modules, List<String> others) {
    }

    @Test
    void startingAgainOnTheSameContentAddsNothingAndChangesNothing() throws SQLException {
        deployer.deploy(ACADEMY);
        Catalogue first;
        Instant firstLoad;
        try {
            first = catalogue();
            firstLoad = lastLoad();
        } finally {
            deployer.undeploy(ACADEMY);
        }

        deployer.deploy(ACADEMY);
        try {
            assertThat(lastLoad()).as("the second start loaded the content again").isAfter(firstLoad);
            Catalogue second = catalogue();
            assertThat(second.versions()).as("module versions").isEqualTo(first.versions());
            assertThat(second.modules()).as("modules").isEqualTo(first.modules());
            assertThat(second.others()).as("showcases, guides and paths").isEqualTo(first.others());
            assertThat(first.versions()).isNotEmpty();
        } finally {
            deployer.undeploy(ACADEMY);
        }
    }

    private static Catalogue catalogue() throws SQLException {
        return new Catalogue(
                rows("SELECT module_id, id, version_number, content_hash, is_current FROM catalogue_module_version"
                        + " ORDER BY id"),
                rows("SELECT id, slug, retired, current_version_id FROM catalogue_module ORDER BY id"),
                rows("SELECT 'showcase', id, slug, active FROM catalogue_showcase"
                        + " UNION ALL SELECT 'guide', id, slug, active FROM catalogue_guide"
                        + " UNION ALL SELECT 'path', id, slug, active FROM catalogue_path ORDER BY 1, 2"));
    }

    private static Instant lastLoad() throws SQLException {
        try (Connection db = TestDatabase.connect(); Statement query = db.createStatement();
             ResultSet row = query.executeQuery("SELECT loaded_at FROM catalogue_content_load WHERE id = 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getTimestamp(1)).as("content was loaded").isNotNull();
            return row.getTimestamp(1).toInstant();
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); Statement query = db.createStatement();
             ResultSet result = query.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
