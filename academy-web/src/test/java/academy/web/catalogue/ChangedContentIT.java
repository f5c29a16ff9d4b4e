package academy.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.catalogue.content.ContentReader;
import academy.web.Deployments;
import academy.web.TestDatabase;

/**
 * What the academy stores when it starts on content that did or did not change, over four starts
 * (each start is a Payara Micro of its own, so they are shared by the three checks):
 * <ol>
 * <li>the real content, so that nothing depends on what ran before;</li>
 * <li>the same content again: the load runs again and adds and changes nothing;</li>
 * <li>a tree with one lesson and the kite-mark scheme file edited: the module gets a new current
 * version, the earlier one stays stored (completions keep pointing at it) and the current lesson
 * carries the new text; the scheme file is stored as a new current revision of its version, the
 * earlier revision stays;</li>
 * <li>the real content once more: the stored original version and revision are current again, and
 * nothing new is stored.</li>
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangedContentIT {

    private static final String ORIGINAL = "original";
    private static final String CHANGED = "changed";
    private static final String SCHEME = "scheme/kitemark-1.yaml";
    private static final String OLD_TITLE = "title: Reliable wifi in every clinical and public room";
    private static final String NEW_TITLE = "title: Reliable wifi in every room patients and staff use";

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
        try {
            Path scheme = tree.resolve(SCHEME);
            String text = Files.readString(scheme);
            assertThat(text).contains(OLD_TITLE);
            Files.writeString(scheme, text.replace(OLD_TITLE, NEW_TITLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Arquillian needs a name of its own for each deployment; the context root does not matter here.
        return ShrinkWrap.create(WebArchive.class, "changed.war").merge(ContentTrees.academyLoading(tree));
    }

    record StoredVersion(int number, String hash, boolean current) {
    }

    record Revision(long id, int revision, boolean current) {
    }

    /** What a load may leave behind; the load time is kept apart because it must move. */
    record Catalogue(List<String> versions, List<String> modules, List<String> others) {
    }

    @Test
    void sameContentChangesNothingChangedContentIsANewCurrentVersionAndRevertingBringsBackTheStoredOne()
            throws SQLException {
        String originalHash = hashOf(ContentTrees.realContent());

        deployer.deploy(ORIGINAL);
        Catalogue first;
        Instant firstLoad;
        Revision originalRevision;
        try {
            first = catalogue();
            firstLoad = lastLoad();
            originalRevision = currentRevision();
            assertThat(wifiTitle(originalRevision.id())).isEqualTo("Reliable wifi in every clinical and public room");
        } finally {
            deployer.undeploy(ORIGINAL);
        }

        // Starting again on the same content adds nothing and changes nothing.
        deployer.deploy(ORIGINAL);
        try {
            assertThat(lastLoad()).as("the second start loaded the content again").isAfter(firstLoad);
            Catalogue second = catalogue();
            assertThat(second.versions()).as("module versions").isEqualTo(first.versions());
            assertThat(second.modules()).as("modules").isEqualTo(first.modules());
            assertThat(second.others()).as("showcases, guides and paths").isEqualTo(first.others());
            assertThat(first.versions()).isNotEmpty();
        } finally {
            deployer.undeploy(ORIGINAL);
        }

        // A changed lesson is a new current version of its module; an edited scheme file a new current revision.
        deployer.deploy(CHANGED);
        List<StoredVersion> afterChange;
        List<Revision> revisionsAfterChange;
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

            revisionsAfterChange = revisions();
            Revision changed = currentRevision();
            assertThat(changed.revision()).isGreaterThan(originalRevision.revision());
            assertThat(wifiTitle(changed.id())).isEqualTo("Reliable wifi in every room patients and staff use");
            assertThat(revisionsAfterChange).as("the earlier revision is kept").anySatisfy(r -> {
                assertThat(r.id()).isEqualTo(originalRevision.id());
                assertThat(r.current()).isFalse();
            });
        } finally {
            deployer.undeploy(CHANGED);
        }

        // Reverting the edits brings back the stored version and revision with that content; it makes no new one.
        deployer.deploy(ORIGINAL);
        try {
            List<StoredVersion> afterRevert = versionsOf(ContentTrees.CHANGED_MODULE);
            assertThat(afterRevert).extracting(StoredVersion::number)
                    .containsExactlyElementsOf(afterChange.stream().map(StoredVersion::number).toList());
            assertThat(afterRevert).filteredOn(StoredVersion::current).singleElement()
                    .satisfies(v -> assertThat(v.hash()).isEqualTo(originalHash));
            assertThat(currentFirstLesson(ContentTrees.CHANGED_MODULE)).doesNotContain(ContentTrees.ADDED_SENTENCE);

            assertThat(revisions()).extracting(Revision::id)
                    .containsExactlyElementsOf(revisionsAfterChange.stream().map(Revision::id).toList());
            assertThat(currentRevision().id()).isEqualTo(originalRevision.id());
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

    private static List<Revision> revisions() throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT id, revision, is_current FROM accreditation_scheme"
                     + " WHERE version = 1 ORDER BY revision")) {
            List<Revision> revisions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new Revision(rows.getLong(1), rows.getInt(2), rows.getBoolean(3)));
                }
            }
            return revisions;
        }
    }

    private static Revision currentRevision() throws SQLException {
        List<Revision> current = revisions().stream().filter(Revision::current).toList();
        assertThat(current).as("exactly one current revision").hasSize(1);
        return current.get(0);
    }

    private static String wifiTitle(long schemeId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT title FROM accreditation_criterion"
                     + " WHERE scheme_id = ? AND slug = 'wifi-survey'")) {
            query.setLong(1, schemeId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
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
