package academy.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;

import org.junit.jupiter.api.Test;

import academy.account.InvalidLinkException;
import academy.shared.AccessDeniedException;

class AcademyExceptionHandlerTest {

    @Test
    void findsTheAcademyExceptionUnderFacesAndElWrappers() {
        AccessDeniedException denied = new AccessDeniedException("no");
        assertThat(AcademyExceptionHandler.academyCause(new FacesException(new ELException(denied)))).containsSame(denied);
        InvalidLinkException link = InvalidLinkException.unknown();
        assertThat(AcademyExceptionHandler.academyCause(link)).containsSame(link);
    }

    @Test
    void leavesEverythingElseToTheErrorPage() {
        assertThat(AcademyExceptionHandler.academyCause(new FacesException(new IllegalStateException("bug")))).isEmpty();
        assertThat(AcademyExceptionHandler.academyCause(null)).isEmpty();
    }
}
