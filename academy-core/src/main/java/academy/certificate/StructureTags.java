package academy.certificate;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree of the one page: elements under Document, each pointing at its marked
 * content by id, and the parent tree that maps the ids back to the elements.
 */
final class StructureTags {

    private final PDPage page;
    private final PDStructureTreeRoot root;
    private final PDStructureElement documentElement;
    private final COSArray parents = new COSArray();
    private final Map<Integer, PDParentTreeValue> annotationParents = new HashMap<>();
    private int nextMcid;
    private int nextParentKey = 1;

    StructureTags(PDDocument document, PDPage page) {
        this.page = page;
        this.root = new PDStructureTreeRoot();
        document.getDocumentCatalog().setStructureTreeRoot(root);
        this.documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(documentElement);
        page.setStructParents(0);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** A new element of the type under Document, with its marked-content id. */
    Tagged open(String type, COSName tag) {
        return openIn(documentElement, type, tag);
    }

    /** A new element of the type under another (a Link inside its paragraph), with its marked-content id. */
    Tagged openIn(PDStructureElement parent, String type, COSName tag) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        COSDictionary properties = new COSDictionary();
        int mcid = nextMcid++;
        properties.setInt(COSName.MCID, mcid);
        element.appendKid(new PDMarkedContent(tag, properties));
        parents.add(element);
        return new Tagged(element, tag, PDPropertyList.create(properties));
    }

    /**
     * Puts the annotation on the page as the content of the element (a Link): the element refers to
     * it, and the parent tree leads from the annotation back to the element, as PDF/UA asks.
     */
    void annotate(PDStructureElement element, PDAnnotation annotation) throws IOException {
        int key = nextParentKey++;
        annotation.setStructParent(key);
        page.getAnnotations().add(annotation);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        element.appendKid(reference);
        annotationParents.put(key, new PDParentTreeValue(element.getCOSObject()));
    }

    void finish() {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, PDParentTreeValue> numbers = new HashMap<>(annotationParents);
        numbers.put(0, new PDParentTreeValue(parents));
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(nextParentKey);
    }

    /** An opened element, its tag and the properties that carry its marked-content id. */
    record Tagged(PDStructureElement element, COSName tag, PDPropertyList properties) {
    }
}
