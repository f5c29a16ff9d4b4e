package academy.certificate;

/** What a certificate attests, which decides its design. */
public enum CertificateKind {
    /** A person completed a version of a module. */
    COMPLETION,
    /** A practice holds the kite mark at a level. */
    KITE_MARK
}
