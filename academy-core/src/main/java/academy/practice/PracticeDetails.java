package academy.practice;

import academy.shared.InvalidRequestException;

/**
 * What an administrator types about a practice, checked and tidied.
 *
 * @param name    the practice's name, e.g. "Riverside Medical Centre"
 * @param pcn     its primary care network or locality, e.g. "North Riverside PCN"
 * @param address its postal address, lines separated by new lines
 */
public record PracticeDetails(String name, String pcn, String address) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_PCN_LENGTH = 200;
    static final int MAX_ADDRESS_LENGTH = 500;

    public PracticeDetails {
        name = required(name, "the practice's name", MAX_NAME_LENGTH);
        pcn = required(pcn, "the primary care network or locality", MAX_PCN_LENGTH);
        address = required(address == null ? null : address.strip().replace("\r\n", "\n"), "the address", MAX_ADDRESS_LENGTH);
    }

    private static String required(String text, String what, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidRequestException("Please enter " + what + ".");
        }
        if (trimmed.length() > max) {
            throw new InvalidRequestException("Please shorten " + what + " to at most " + max + " characters.");
        }
        return trimmed;
    }
}
