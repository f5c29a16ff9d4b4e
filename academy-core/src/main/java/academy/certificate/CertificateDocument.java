package academy.certificate;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The signed PDF bytes of one certificate, kept apart so listing certificates never loads them. Written once. */
@Entity
@Table(name = "certificate_pdf")
@NamedQuery(name = "CertificateDocument.contentOf",
        query = "SELECT d.content FROM CertificateDocument d WHERE d.certificateId = :id")
@NamedQuery(name = "CertificateDocument.contentsOf",
        query = "SELECT d.certificateId, d.content FROM CertificateDocument d WHERE d.certificateId IN :ids")
public class CertificateDocument {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected CertificateDocument() {
        // for JPA
    }

    public CertificateDocument(Certificate certificate, byte[] content) {
        this.certificateId = Objects.requireNonNull(certificate.id(), "certificate id");
        this.content = content.clone();
    }

    public Long certificateId() { return certificateId; }
    public byte[] content() { return content.clone(); }
}
