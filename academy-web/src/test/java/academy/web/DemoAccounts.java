package academy.web;

/**
 * The demo region's accounts the tests sign in as (failsafe runs the academy with
 * ACADEMY_DEMO=true); they mirror {@code academy.demo.DemoRegion}.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-academy-2026!";

    public static final String ADMIN = "admin@academy.example";
    public static final String ASSESSOR = "assessor@academy.example";
    /** Manager of practice A, Riverside Medical Centre ({@value #PRACTICE_A}). */
    public static final String MANAGER_A = "manager.riverside@academy.example";
    /** Manager of practice B, Hawthorn Surgery ({@value #PRACTICE_B}). */
    public static final String MANAGER_B = "manager.hawthorn@academy.example";
    public static final String LEARNER_A = "reception.riverside@academy.example";
    public static final String PPG_A = "ppg.riverside@academy.example";

    public static final String PRACTICE_A = "Y09001";
    public static final String PRACTICE_B = "Y09002";

    private DemoAccounts() {
    }
}
