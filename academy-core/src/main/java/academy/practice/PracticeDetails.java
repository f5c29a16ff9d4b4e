package academy.practice;

import academy.shared.RequiredText;

/**
 * What an administrator types about a practice, checked and tidied.
 *
 * @param name    the practice's name, e.g. "Riverside Medical Centre"
 * @param pcn     its primary care network or locality, e.g. "North Riverside PCN"
 * @param address  its postal address, lines separated by new lines
 * @param locality the town or area the public knows it by, e.g. "Northvale" (the public register searches it)
 */
public record PracticeDetails(String name, String pcn, String address, String locality) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_PCN_LENGTH = 200;
    static final int MAX_ADDRESS_LENGTH = 500;
    static final int MAX_LOCALITY_LENGTH = 100;

    public PracticeDetails {
        name = required(name, "the practice's name", MAX_NAME_LENGTH);
        pcn = required(pcn, "the primary care network or locality", MAX_PCN_LENGTH);
        address = required(address == null ? null : address.strip().replace("\r\n", "\n"), "the address", MAX_ADDRESS_LENGTH);
        locality = required(locality == null || locality.isBlank() ? localityOf(pcn) : locality, "the locality",
                MAX_LOCALITY_LENGTH);
    }

    /** Details without a locality of their own take their network's name as the locality. */
    public PracticeDetails(String name, String pcn, String address) {
        this(name, pcn, address, null);
    }

    /** "North Vale PCN" is in "North Vale": the same rule the migration backfilled existing practices with. */
    static String localityOf(String pcn) {
        String network = pcn == null ? "" : pcn.strip();
        String withoutSuffix = network.toUpperCase(java.util.Locale.ROOT).endsWith(" PCN")
                ? network.substring(0, network.length() - 4).strip() : network;
        return withoutSuffix.length() > MAX_LOCALITY_LENGTH ? withoutSuffix.substring(0, MAX_LOCALITY_LENGTH) : withoutSuffix;
    }

    private static String required(String text, String what, int max) {
        return RequiredText.require(text, max, "Please enter " + what + ".",
                "Please shorten " + what + " to at most " + max + " characters.");
    }
}
