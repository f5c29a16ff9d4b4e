package academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteCheckTest {

    private static final String HOST = "academy.example:8080";

    @Test
    void readingIsNeverRefused() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS", "get"}) {
            assertThat(CrossSiteCheck.refuses(method, "cross-site", "https://evil.example", "http", HOST)).as(method).isFalse();
        }
    }

    @Test
    void theBrowsersOwnWordDecidesWhenItGivesIt() {
        assertThat(CrossSiteCheck.refuses("POST", "cross-site", null, "http", HOST)).isTrue();
        assertThat(CrossSiteCheck.refuses("POST", "same-site", null, "http", HOST)).isTrue();
        assertThat(CrossSiteCheck.refuses("DELETE", "same-origin", "https://evil.example", "http", HOST)).isFalse();
        assertThat(CrossSiteCheck.refuses("POST", "none", null, "http", HOST)).isFalse();
    }

    @Test
    void otherwiseTheOriginMustBeThisSite() {
        assertThat(CrossSiteCheck.refuses("POST", null, "http://academy.example:8080", "http", HOST)).isFalse();
        assertThat(CrossSiteCheck.refuses("PUT", null, "http://evil.example:8080", "http", HOST)).isTrue();
        assertThat(CrossSiteCheck.refuses("PATCH", null, "null", "http", HOST)).isTrue();
        assertThat(CrossSiteCheck.refuses("POST", null, "not a uri at all", "http", HOST)).isTrue();
        assertThat(CrossSiteCheck.refuses("POST", null, "https://academy.example", "https", "academy.example")).isFalse();
        assertThat(CrossSiteCheck.refuses("POST", null, "https://academy.example", "http", "academy.example:443")).isFalse();
    }

    @Test
    void withoutEitherHeaderItIsNoBrowserActingForSomeone() {
        // curl or another server: it passes here and must still sign in.
        assertThat(CrossSiteCheck.refuses("POST", null, null, "http", HOST)).isFalse();
        assertThat(CrossSiteCheck.refuses("POST", " ", "", "http", HOST)).isFalse();
    }
}
