package academy.certificate;

import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The structure tree of the one page: elements under Document, each pointing at its marked
 * content by id, and the parent tree that maps the ids back to the elements.
 */
final class StructureTags {

    private final PDPage page;
    private final PDStructureTreeRoot root;
    private final PDStructureElement documentElement;
    private final COSArray parents = new COSArray();
    private int nextMcid;

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
        PDStructureElement element = new PDStructureElement(type, documentElement);
        element.setPage(page);
        documentElement.appendKid(element);
        COSDictionary properties = new COSDictionary();
        int mcid = nextMcid++;
        properties.setInt(COSName.MCID, mcid);
        element.appendKid(new PDMarkedContent(tag, properties));
        parents.add(element);
        return new Tagged(element, tag, PDPropertyList.create(properties));
    }

    void finish() {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(Map.of(0, new PDParentTreeValue(parents)));
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(1);
    }

    /** An opened element, its tag and the properties that carry its marked-content id. */
    record Tagged(PDStructureElement element, COSName tag, PDPropertyList properties) {
    }
}
