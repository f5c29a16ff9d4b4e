package academy.certificate;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes a certificate document identify itself as PDF/A-2b and PDF/UA-1: its title shown by
 * readers, its language, the mark that it is tagged, XMP metadata, and an sRGB output intent.
 */
final class PdfAIdentity {

    static final String AUTHOR = "Digital Health Academy";

    private final byte[] srgbProfile;

    PdfAIdentity() {
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** Title, language, viewer preferences, mark info, XMP metadata and the sRGB output intent. */
    void describe(PDDocument document, String title) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        document.getDocumentInformation().setTitle(title);
        catalog.setLanguage(CertificateContent.LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgbProfile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * PDF/A-2b and PDF/UA-1 identification, title, language and author. PDF/A-2 does not predefine
     * the PDF/UA identification schema, so it is declared as an extension schema.
     */
    static String xmp(String title) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escapeXml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + CertificateContent.LANGUAGE + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>The part of ISO 14289 the document conforms to</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
