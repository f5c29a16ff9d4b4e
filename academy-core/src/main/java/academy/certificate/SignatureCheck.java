package academy.certificate;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * What a PDF's last signature proves: that the signed bytes are unchanged, that they are the whole
 * file (nothing appended after signing), and who signed.
 *
 * @param intact          the CMS signature verifies over the signed byte range
 * @param coversWholeFile the byte range runs from the first byte to the last
 * @param signer          the signer's certificate, when there is a signature
 * @param signedLength    how many bytes from the start the signature covers (its revision); 0 when unsigned
 */
public record SignatureCheck(boolean intact, boolean coversWholeFile, Optional<X509Certificate> signer, long signedLength) {

    private static final SignatureCheck NONE = new SignatureCheck(false, false, Optional.empty(), 0);

    /** Checks the last signature of the bytes; anything unreadable counts as not signed. */
    public static SignatureCheck of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return NONE;
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
            // The Contents string is padded with zeros after the DER object: read the object alone.
            ContentInfo contentInfo;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                contentInfo = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contentInfo);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return NONE;
            }
            SignerInformation signerInformation = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInformation.getSID());
            if (matches.isEmpty()) {
                return NONE;
            }
            X509CertificateHolder holder = matches.iterator().next();
            boolean verified = signerInformation.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            long signedLength = range.length == 4 && range[0] == 0 ? (long) range[2] + range[3] : 0;
            return new SignatureCheck(verified, whole, Optional.of(new JcaX509CertificateConverter().getCertificate(holder)),
                    signedLength);
        } catch (IOException | CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return NONE;
        }
    }

    /** Intact, covering the whole file, and made with this certificate. */
    public boolean isValidFor(X509Certificate trusted) {
        return coversWholeFile && isValidForItsRevisionBy(trusted);
    }

    /** Intact over the bytes it signed and made with this certificate, whatever was appended after them. */
    public boolean isValidForItsRevisionBy(X509Certificate trusted) {
        return intact && signer.filter(trusted::equals).isPresent();
    }

    /** The bytes the signature covers: the file as it was signed. */
    public byte[] signedRevision(byte[] pdf) {
        return java.util.Arrays.copyOf(pdf, (int) Math.min(signedLength, pdf.length));
    }
}
