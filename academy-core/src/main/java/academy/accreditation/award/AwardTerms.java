package academy.accreditation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long awards last and when their renewal falls due: {@code ACADEMY_AWARD_VALIDITY_MONTHS}
 * (default {@value KiteMarkAward#DEFAULT_VALIDITY_MONTHS}) and {@code ACADEMY_AWARD_RENEWAL_WINDOW_DAYS}
 * (default {@value KiteMarkAward#DEFAULT_RENEWAL_WINDOW_DAYS}).
 */
@ApplicationScoped
public class AwardTerms {

    @Inject
    @ConfigProperty(name = "academy.award.validity-months", defaultValue = "" + KiteMarkAward.DEFAULT_VALIDITY_MONTHS)
    int validityMonths;

    @Inject
    @ConfigProperty(name = "academy.award.renewal-window-days", defaultValue = "" + KiteMarkAward.DEFAULT_RENEWAL_WINDOW_DAYS)
    int renewalWindowDays;

    public int validityMonths() {
        return Math.max(1, validityMonths);
    }

    public int renewalWindowDays() {
        return Math.max(0, renewalWindowDays);
    }
}
