package academy.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.catalogue.content.ContentReader;
import academy.web.Deployments;
import academy.web.TestDatabase;

/**
 * A module whose lesson changed is loaded as a new version; the earlier version stays stored (so
 * completions can keep pointing at it) but is no longer current, and the current lesson carries the
 * new text; reverting the edit makes the stored original current again. Three starts: the real
 * content first, so the test does not depend on what ran before it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangedContentIT {

    private static final String ORIGINAL = "original";
    private static final String CHANGED = "changed";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = ORIGINAL, managed = false, testable = false)
    static WebArchive original() {
        return Deployments.academy();
    }

    @Deployment(name = CHANGED, managed = false, testable = false)
    static WebArchive changed() {
        Path tree = ContentTrees.copyOfRealContent(CHANGED);
        ContentTrees.changeALesson(tree, ContentTrees.ADDED_SENTENCE);
        // Arquillian needs a name of its own for each deployment; the context root does not matter here.
        return ShrinkWrap.create(WebArchive.class, "changed.war").merge(ContentTrees.academyLoading(tree));
    }

    record StoredVersion(int number, String hash, boolean current) {
    }

    @Test
    void aChangedModuleGetsANewCurrentVersionAndKeepsTheOldOne() throws SQLException {
        String originalHash = hashOf(ContentTrees.realContent());
        deployer.deploy(ORIGINAL);
        deployer.undeploy(ORIGINAL);
        deployer.deploy(CHANGED);
        List<StoredVersion> afterChange;
        try {
            String changedHash = hashOf(Path.of("target", "it-content", CHANGED).toAbsolutePath());
            afterChange = versionsOf(ContentTrees.CHANGED_MODULE);

            StoredVersion current = afterChange.stream().filter(StoredVersion::current).findFirst().orElseThrow();
            assertThat(afterChange).filteredOn(StoredVersion::current).hasSize(1);
            assertThat(current.hash()).isEqualTo(changedHash);
            assertThat(afterChange).as("the original content is kept as an earlier version").anySatisfy(v -> {
                assertThat(v.hash()).isEqualTo(originalHash);
                assertThat(v.current()).isFalse();
                assertThat(v.number()).isLessThan(current.number());
            });
            assertThat(currentFirstLesson(ContentTrees.CHANGED_MODULE)).contains(ContentTrees.ADDED_SENTENCE);
        } finally {
            deployer.undeploy(CHANGED);
        }

        // Reverting the edit brings back the stored version with that content; it makes no new one.
        deployer.deploy(ORIGINAL);
        try {
            List<StoredVersion> afterRevert = versionsOf(ContentTrees.CHANGED_MODULE);
            assertThat(afterRevert).extracting(StoredVersion::number)
                    .containsExactlyElementsOf(afterChange.stream().map(StoredVersion::number).toList());
            assertThat(afterRevert).filteredOn(StoredVersion::current).singleElement()
                    .satisfies(v -> assertThat(v.hash()).isEqualTo(originalHash));
            assertThat(currentFirstLesson(ContentTrees.CHANGED_MODULE)).doesNotContain(ContentTrees.ADDED_SENTENCE);
        } finally {
            deployer.undeploy(ORIGINAL);
        }
    }

    private static String hashOf(Path contentTree) {
        return new ContentReader().read(contentTree).modules().stream()
                .filter(m -> m.slug().equals(ContentTrees.CHANGED_MODULE)).findFirst().orElseThrow().contentHash();
    }

    private static List<StoredVersion> versionsOf(String slug) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT v.version_number, v.content_hash, v.is_current FROM catalogue_module_version v"
                             + " JOIN catalogue_module m ON m.id = v.module_id WHERE m.slug = ? ORDER BY v.version_number")) {
            query.setString(1, slug);
            List<StoredVersion> versions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(new StoredVersion(rows.getInt(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
            return versions;
        }
    }

    private static String currentFirstLesson(String slug) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT l.html FROM catalogue_lesson l JOIN catalogue_module_version v ON v.id = l.module_version_id"
                             + " JOIN catalogue_module m ON m.id = v.module_id"
                             + " WHERE m.slug = ? AND v.is_current = TRUE AND l.lesson_number = 1")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a current first lesson").isTrue();
                return rows.getString(1);
            }
        }
    }
}
