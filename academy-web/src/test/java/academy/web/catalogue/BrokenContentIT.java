package academy.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.catalogue.content.ContentReader;
import academy.web.Http;
import academy.web.Http.Answer;
import academy.web.TestDatabase;

/**
 * A content tree with one broken quiz answer: the academy starts but does not report ready, says
 * which file and line is wrong, and applies nothing of that load (not even a valid change to
 * another module in the same tree).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokenContentIT {

    private static Path tree;
    private static int brokenLine;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        tree = ContentTrees.copyOfRealContent("broken");
        ContentTrees.changeALesson(tree, ContentTrees.SENTENCE_IN_BROKEN_TREE);
        brokenLine = ContentTrees.breakAQuizAnswer(tree);
        return ContentTrees.academyLoading(tree);
    }

    @Test
    void isNotReadyAndNamesTheFileAndLine() {
        Answer ready = new Http(base).getFromServer("health/ready", "application/json");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
        JsonObject check = ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("academy")).findFirst().orElseThrow();
        JsonObject data = check.getJsonObject("data");
        assertThat(check.getString("status")).isEqualTo("DOWN");
        assertThat(data.getString("database")).isEqualTo("reachable");
        assertThat(data.getString("migrations")).isEqualTo("applied");
        assertThat(data.getString("content")).isEqualTo("not loaded");
        assertThat(data.getString("problem.1"))
                .startsWith("modules/" + ContentTrees.BROKEN_MODULE + "/quiz.yaml:" + brokenLine + ": ")
                .contains("An answer that is not among the options");
        assertThat(data.containsKey("problem.2")).as("only the one problem is reported").isFalse();
    }

    @Test
    void appliesNothingOfTheBrokenLoad() throws SQLException {
        // The same change without the broken quiz is valid; its hash is what applying it would store.
        Path validChange = ContentTrees.copyOfRealContent("broken-but-for-the-quiz");
        ContentTrees.changeALesson(validChange, ContentTrees.SENTENCE_IN_BROKEN_TREE);
        String changedHash = new ContentReader().read(validChange).modules().stream()
                .filter(m -> m.slug().equals(ContentTrees.CHANGED_MODULE)).findFirst().orElseThrow().contentHash();

        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT COUNT(*) FROM catalogue_module_version WHERE content_hash = ?")) {
            query.setString(1, changedHash);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("versions made from the rejected tree").isZero();
            }
        }
    }
}
