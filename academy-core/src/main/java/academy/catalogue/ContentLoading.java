package academy.catalogue;

import java.nio.file.Path;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.catalogue.content.ContentInvalidException;
import academy.catalogue.content.ContentReader;
import academy.catalogue.content.ContentTree;

/**
 * Reads the configured content tree, validates all of it, and only then applies it. A tree with
 * any error is rejected whole: the database keeps what it had and the errors are reported.
 */
@ApplicationScoped
public class ContentLoading {

    private static final Logger LOG = Logger.getLogger(ContentLoading.class.getName());

    @Inject
    @ConfigProperty(name = "academy.content.dir", defaultValue = "./content")
    String contentDirectory;

    @Inject
    CatalogueImport catalogueImport;

    public Path contentRoot() {
        return Path.of(contentDirectory).toAbsolutePath().normalize();
    }

    /**
     * Loads the content tree.
     *
     * @throws ContentInvalidException listing every problem (file and line) when the tree is not valid
     */
    public CatalogueImport.Outcome load() {
        return apply(read());
    }

    /**
     * Reads and validates the content tree without applying it, so that whatever depends on it
     * (the kite-mark scheme) can be validated too before anything is applied.
     *
     * @throws ContentInvalidException listing every problem (file and line) when the tree is not valid
     */
    public ContentTree read() {
        Path root = contentRoot();
        LOG.info(() -> "Loading content from " + root);
        return new ContentReader().read(root);
    }

    /** Applies a tree that {@link #read()} validated. */
    public CatalogueImport.Outcome apply(ContentTree tree) {
        return catalogueImport.apply(tree);
    }
}
