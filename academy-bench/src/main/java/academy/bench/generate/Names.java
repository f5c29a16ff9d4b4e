package academy.bench.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Made-up names for a made-up country, and the unique codes of its practices. */
final class Names {

    static final List<String> FIRST_NAMES = List.of("Aisha", "Alex", "Amir", "Anna", "Ben", "Bethan", "Carys",
            "Chen", "Chloe", "Dan", "Deepa", "Eilidh", "Emeka", "Erin", "Fatima", "Finn", "Grace", "Hamza", "Harriet",
            "Ivy", "Jack", "Jas", "Kemi", "Kofi", "Laura", "Leah", "Liam", "Maya", "Mo", "Nadia", "Niamh", "Noah",
            "Olu", "Owen", "Priya", "Rhys", "Rosa", "Ruth", "Sam", "Sana", "Sian", "Tom", "Uma", "Will", "Yusuf", "Zara");
    static final List<String> SURNAMES = List.of("Adeyemi", "Ahmed", "Baker", "Bennett", "Brown", "Campbell",
            "Chowdhury", "Clarke", "Davies", "Edwards", "Evans", "Green", "Hall", "Hughes", "Hussain", "Jones",
            "Kaur", "Khan", "Lewis", "Mensah", "Morgan", "Murphy", "Nowak", "O'Brien", "Okafor", "Patel", "Price",
            "Roberts", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Walker", "Watson", "Williams", "Wilson", "Wright");
    static final List<String> PRACTICE_NAMES = List.of("Abbey", "Ashgrove", "Beacon", "Birchwood", "Bridge",
            "Castle", "Cedar", "Church Lane", "Elmfield", "Fairview", "Greenway", "Hawthorn", "Highfield", "Kingsway",
            "Larkspur", "Meadow", "Millbrook", "Northgate", "Oakwood", "Orchard", "Park View", "Priory", "Riverside",
            "St Mary's", "Station Road", "Thornbury", "Valley", "Westbourne", "Willow", "Woodlands");
    static final List<String> PRACTICE_KINDS = List.of("Surgery", "Medical Centre", "Health Centre", "Medical Practice",
            "Family Practice");
    static final List<String> TOWNS = List.of("Ashford", "Barnfield", "Bramley", "Calder", "Dunmore", "Eastleigh",
            "Fenwick", "Garston", "Harrow Vale", "Ilford Green", "Kelby", "Langley", "Marden", "Norbury", "Otterby",
            "Penrith Cross", "Redmire", "Selby Moor", "Thirsk End", "Upton", "Wickham", "Yarm Hill");
    static final List<String> STREETS = List.of("High Street", "Church Road", "Station Road", "Mill Lane",
            "Park Avenue", "Victoria Road", "London Road", "Manor Way", "Queen Street", "Green Lane");

    /** The alphabet of join codes, as in {@code academy.practice.JoinCode}: no 0/O, 1/I/L. */
    private static final String JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int JOIN_LENGTH = 8;
    private static final long JOIN_SPACE = pow(JOIN_ALPHABET.length(), JOIN_LENGTH);
    /** Coprime with the size of the code space, so that index → code is one to one. */
    private static final long JOIN_STRIDE = 7_919L * 104_729L;

    private Names() {
    }

    static String pick(SplittableRandom random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    /** ODS codes Q00001 … Q99999: one letter no demo practice uses, then the practice number. */
    static String odsCode(int index) {
        if (index < 0 || index >= 99_999) {
            throw new IllegalArgumentException("the generator numbers at most 99,999 practices");
        }
        return String.format("Q%05d", index + 1);
    }

    /** A different-looking join code for every practice number, never the same twice. */
    static String joinCode(int index) {
        long value = Math.floorMod(index * JOIN_STRIDE + 12_345L, JOIN_SPACE);
        char[] code = new char[JOIN_LENGTH];
        for (int i = JOIN_LENGTH - 1; i >= 0; i--) {
            code[i] = JOIN_ALPHABET.charAt((int) (value % JOIN_ALPHABET.length()));
            value /= JOIN_ALPHABET.length();
        }
        return new String(code);
    }

    private static long pow(int base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
