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

import academy.web.Deployments;
import academy.web.TestDatabase;

/**
 * The kite-mark scheme file is content too: an edited file is stored as a new revision of its
 * version and becomes current, the earlier revision stays; changing it back makes the earlier
 * revision current again without storing another. Three starts, the real content first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemeRevisionIT {

    private static final String ORIGINAL = "original";
    private static final String CHANGED = "changed-scheme";
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
        try {
            Path scheme = tree.resolve(SCHEME);
            String text = Files.readString(scheme);
            assertThat(text).contains(OLD_TITLE);
            Files.writeString(scheme, text.replace(OLD_TITLE, NEW_TITLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ShrinkWrap.create(WebArchive.class, "changed-scheme.war").merge(ContentTrees.academyLoading(tree));
    }

    record Revision(long id, int revision, boolean current) {
    }

    @Test
    void anEditedSchemeFileIsANewCurrentRevisionAndTheOldOneStays() throws SQLException {
        deployer.deploy(ORIGINAL);
        Revision original;
        try {
            original = currentRevision();
            assertThat(wifiTitle(original.id())).isEqualTo("Reliable wifi in every clinical and public room");
        } finally {
            deployer.undeploy(ORIGINAL);
        }

        deployer.deploy(CHANGED);
        List<Revision> afterChange;
        try {
            afterChange = revisions();
            Revision changed = currentRevision();
            assertThat(changed.revision()).isGreaterThan(original.revision());
            assertThat(wifiTitle(changed.id())).isEqualTo("Reliable wifi in every room patients and staff use");
            assertThat(afterChange).as("the earlier revision is kept").anySatisfy(r -> {
                assertThat(r.id()).isEqualTo(original.id());
                assertThat(r.current()).isFalse();
            });
        } finally {
            deployer.undeploy(CHANGED);
        }

        deployer.deploy(ORIGINAL);
        try {
            assertThat(revisions()).extracting(Revision::id).containsExactlyElementsOf(afterChange.stream().map(Revision::id).toList());
            assertThat(currentRevision().id()).isEqualTo(original.id());
        } finally {
            deployer.undeploy(ORIGINAL);
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
}
