package vn.haicap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class LanguageLinksTests {

    final LanguageLinks links = new LanguageLinks();

    @Test
    void aPageKeepsItsOtherQueryParametersWithoutLang() {
        ModelAndView page = new ModelAndView("units/unit");
        links.postHandle(request("date=2025-06-30&lang=fr&q=ha"), new MockHttpServletResponse(), this, page);
        assertThat(page.getModel()).containsEntry(LanguageLinks.ATTRIBUTE, "date=2025-06-30&q=ha&");
    }

    @Test
    void aPageWithoutQueryGetsAnEmptyPrefix() {
        ModelAndView page = new ModelAndView("home");
        links.postHandle(request("lang=en"), new MockHttpServletResponse(), this, page);
        assertThat(page.getModel()).containsEntry(LanguageLinks.ATTRIBUTE, "");
    }

    @Test
    void aRedirectOrAnApiAnswerGetsNothing() {
        // a redirect's model would be written into the new address as query parameters
        ModelAndView redirect = new ModelAndView("redirect:/dossiers/X/submitted");
        links.postHandle(request("date=2025-06-30"), new MockHttpServletResponse(), this, redirect);
        assertThat(redirect.getModel()).isEmpty();
        links.postHandle(request("date=2025-06-30"), new MockHttpServletResponse(), this, null);
    }

    private static MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/units/00175");
        request.setQueryString(query);
        return request;
    }
}
