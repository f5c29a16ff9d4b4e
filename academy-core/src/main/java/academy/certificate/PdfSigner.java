package academy.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B: an incremental update with a signature dictionary of sub-filter
 * {@code ETSI.CAdES.detached} holding a detached CMS signature over the byte range, with the ESS
 * signing-certificate-v2 attribute and without the CMS signing-time attribute (PAdES puts the
 * claimed time in the dictionary's M entry instead). The signature field is invisible; its widget is
 * flagged printable, as PDF/A requires of every annotation.
 */
public class PdfSigner {

    private static final int SIGNATURE_SPACE = 12_000;

    /** The signed bytes: the original document followed by the signature's incremental update. */
    public byte[] sign(byte[] pdf, SigningKey key, Instant signedAt, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.certificate().getSubjectX500Principal().getName());
            signature.setReason(reason);
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(calendar);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                document.addSignature(signature, cmsSigner(key), options);
                markWidgetsPrintable(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE + 4096);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not sign the certificate", e);
        }
    }

    private static void markWidgetsPrintable(PDDocument document) {
        var form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                signatureField.getWidgets().forEach(widget -> {
                    widget.setPrinted(true);
                    widget.getCOSObject().setNeedToBeUpdated(true);
                });
            }
        }
    }

    private static SignatureInterface cmsSigner(SigningKey key) {
        return content -> {
            try {
                byte[] data = content.readAllBytes();
                ContentSigner contentSigner = new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey());
                JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build());
                signerInfo.setSignedAttributeGenerator(padesAttributes(key));
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(signerInfo.build(contentSigner, key.certificate()));
                generator.addCertificates(new JcaCertStore(key.chain()));
                return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
            } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
                throw new IOException("the CMS signature could not be made", e);
            }
        };
    }

    /** Content type, message digest and algorithm protection as usual, the signing certificate added, no signing time. */
    private static CMSAttributeTableGenerator padesAttributes(SigningKey key) throws CertificateEncodingException {
        byte[] certificateHash;
        try {
            certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash))));
        DefaultSignedAttributeTableGenerator defaults =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
