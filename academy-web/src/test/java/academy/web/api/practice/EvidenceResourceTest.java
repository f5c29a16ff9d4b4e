package academy.web.api.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceResourceTest {

    @Test
    void theDownloadNameIsPlainAsciiWithTheRealNameEncodedBeside() {
        assertThat(EvidenceResource.contentDisposition("März \\ \"report\".pdf"))
                .isEqualTo("attachment; filename=\"M_rz _ _report_.pdf\"; filename*=UTF-8''M%C3%A4rz%20%5C%20%22report%22.pdf");
        assertThat(EvidenceResource.contentDisposition("figures.xlsx"))
                .isEqualTo("attachment; filename=\"figures.xlsx\"; filename*=UTF-8''figures.xlsx");
    }
}
