package academy.accreditation.scheme;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import academy.catalogue.ContentLoading;
import academy.catalogue.content.ContentInvalidException;
import academy.catalogue.content.ContentTree;

/** Reads the scheme files of the configured content tree and stores them, in two steps, as start-up needs. */
@ApplicationScoped
public class SchemeLoading {

    @Inject
    ContentLoading contentLoading;

    @Inject
    SchemeImport schemeImport;

    /**
     * @param tree the validated content tree the scheme's references are checked against
     * @throws ContentInvalidException listing every problem (file and line) in the scheme files
     */
    public List<SchemeSource> read(ContentTree tree) {
        return new SchemeReader().read(contentLoading.contentRoot(), tree);
    }

    public SchemeImport.Outcome apply(List<SchemeSource> schemes) {
        return schemeImport.apply(schemes);
    }
}
