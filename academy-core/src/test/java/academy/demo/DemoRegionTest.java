package academy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import academy.account.EmailAddress;
import academy.account.PasswordPolicy;

class DemoRegionTest {

    @Test
    void theSharedDemoPasswordPassesThePolicyForEveryDemoAccount() {
        PasswordPolicy policy = new PasswordPolicy();
        for (DemoRegion.DemoAccount account : DemoRegion.accounts()) {
            assertThat(policy.refusal(DemoRegion.PASSWORD, account.displayName(), EmailAddress.of(account.email())))
                    .as(account.email()).isEmpty();
        }
    }

    @Test
    void thereIsADemoAccountForEveryKindOfUser() {
        List<String> roles = DemoRegion.accounts().stream().map(DemoRegion.DemoAccount::role).toList();
        assertThat(roles).anyMatch(r -> r.equals("administrator")).anyMatch(r -> r.equals("assessor"))
                .anyMatch(r -> r.contains("practice A")).anyMatch(r -> r.contains("practice B"))
                .anyMatch(r -> r.startsWith("learner")).anyMatch(r -> r.startsWith("PPG member"))
                .anyMatch(r -> r.startsWith("PPG applicant"));
        assertThat(DemoRegion.accounts()).allMatch(a -> a.email().endsWith("@academy.example"));
    }
}
