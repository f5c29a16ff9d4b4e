package academy.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleHashTest {

    private static final String MODULE = "modules/online-access-registration/";

    @TempDir
    Path temporary;

    @Test
    void anUnchangedModuleHashesIdenticallyOnEveryRead() {
        assertThat(hashes(new ContentReader().read(ContentFixture.validTree())))
                .isEqualTo(hashes(new ContentReader().read(ContentFixture.validTree())));
    }

    @Test
    void theHashDoesNotDependOnWhereTheTreeIsOrOnItsLineEndings() {
        ContentFixture copy = ContentFixture.copyOfValidTreeIn(temporary);
        for (String file : new String[] {"module.yaml", "quiz.yaml", "lessons/01-why-online-access-matters.md"}) {
            copy.write(MODULE + file, "\uFEFF" + copy.text(MODULE + file).replace("\n", "\r\n"));
        }

        assertThat(hashes(copy.read())).isEqualTo(hashes(new ContentReader().read(ContentFixture.validTree())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"module.yaml", "quiz.yaml", "lessons/01-why-online-access-matters.md",
            "lessons/02-checking-identity.md"})
    void anyChangeToAnyFileOfTheModuleChangesItsHash(String file) {
        ContentFixture changed = ContentFixture.copyOfValidTreeIn(temporary);
        changed.write(MODULE + file, changed.text(MODULE + file) + "\n# a comment or a blank line is a change too\n");

        assertOnlyRegistrationHashChanged(changed);
    }

    @Test
    void renamingALessonChangesTheHash() {
        ContentFixture changed = ContentFixture.copyOfValidTreeIn(temporary)
                .move(MODULE + "lessons/02-checking-identity.md", MODULE + "lessons/02-checking-who-it-is.md");

        assertOnlyRegistrationHashChanged(changed);
    }

    @Test
    void addingALessonChangesTheHash() {
        ContentFixture changed = ContentFixture.copyOfValidTreeIn(temporary)
                .write(MODULE + "lessons/03-next-steps.md", "# Next steps\n\nBook a session.\n");

        assertOnlyRegistrationHashChanged(changed);
    }

    @Test
    void textMovedBetweenNamesAndFilesNeverHashesTheSame() {
        String whole = ModuleHash.of(List.of(new ContentFile("a", "bc"), new ContentFile("d", "ef")));

        assertThat(List.of(
                ModuleHash.of(List.of(new ContentFile("ab", "c"), new ContentFile("d", "ef"))),
                ModuleHash.of(List.of(new ContentFile("a", "bcd"), new ContentFile("", "ef"))),
                ModuleHash.of(List.of(new ContentFile("a", "bcdef"))),
                ModuleHash.of(List.of(new ContentFile("d", "ef"), new ContentFile("a", "bc")))))
                .doesNotContain(whole)
                .doesNotHaveDuplicates();
    }

    private void assertOnlyRegistrationHashChanged(ContentFixture changed) {
        Map<String, String> before = hashes(new ContentReader().read(ContentFixture.validTree()));
        Map<String, String> after = hashes(changed.read());

        assertThat(after.get("online-access-registration")).isNotEqualTo(before.get("online-access-registration"));
        assertThat(after.get("digital-champion")).isEqualTo(before.get("digital-champion"));
    }

    private static Map<String, String> hashes(ContentTree tree) {
        return tree.modules().stream().collect(Collectors.toMap(ModuleSource::slug, ModuleSource::contentHash));
    }
}
