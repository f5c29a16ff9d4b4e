package academy.practice;

import java.security.SecureRandom;
import java.time.Instant;

import academy.account.EmailAddress;
import academy.account.PasswordHash;
import academy.account.PasswordHashing;
import academy.account.Person;

/** Unsaved practices and people for rule tests; unsaved entities are equal only to themselves. */
final class PracticeFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final PasswordHash HASH = new PasswordHashing(1_000, new SecureRandom()).hash("lantern orchard kettle");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PracticeFixtures() {
    }

    static Practice practice(String odsCode, String name) {
        return new Practice(OdsCode.of(odsCode), new PracticeDetails(name, "North Vale PCN", "1 High Street\nZZ1 1AA"),
                JoinCode.generate(RANDOM), NOW);
    }

    static Person person(String name, String email) {
        return Person.confirmed(name, EmailAddress.of(email), HASH, NOW);
    }
}
