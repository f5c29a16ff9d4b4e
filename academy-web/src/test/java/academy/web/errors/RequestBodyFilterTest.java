package academy.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestBodyFilterTest {

    private static final long CEILING = 110_100_480L;

    @Test
    void aFormWithFilesOverTheCeilingIsRefused() {
        assertThat(RequestBodyFilter.refuses("POST", "multipart/form-data; boundary=x", CEILING + 1, CEILING)).isTrue();
        assertThat(RequestBodyFilter.refuses("post", "Multipart/Form-Data; boundary=x", CEILING * 3, CEILING)).isTrue();
    }

    @Test
    void aFormAtTheCeilingOrWithoutADeclaredLengthGoesOn() {
        assertThat(RequestBodyFilter.refuses("POST", "multipart/form-data; boundary=x", CEILING, CEILING)).isFalse();
        assertThat(RequestBodyFilter.refuses("POST", "multipart/form-data; boundary=x", -1, CEILING)).isFalse();
    }

    @Test
    void otherRequestsGoOnWhateverTheirSize() {
        assertThat(RequestBodyFilter.refuses("POST", "application/x-www-form-urlencoded", CEILING + 1, CEILING)).isFalse();
        assertThat(RequestBodyFilter.refuses("PUT", "multipart/form-data; boundary=x", CEILING + 1, CEILING)).isFalse();
        assertThat(RequestBodyFilter.refuses("POST", null, CEILING + 1, CEILING)).isFalse();
    }
}
