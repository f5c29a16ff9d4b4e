package academy.web.nhsuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import academy.web.Deployments;
import academy.web.ui.Browser;
import academy.web.ui.BrowserExtension;

/**
 * Every {@code urn:academy:nhsuk} component on one test-only page (src/test/webapp, deployed only
 * here): the markup each writes, attributes a page left out writing nothing, the form sent empty,
 * with bad answers and with good ones — the error summary linking each message to its field, the
 * fields keeping what was typed, values converted to an enum, Longs and a LocalDate — and axe-core
 * on each state.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class ComponentsUiIT {

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addClass(ComponentsPage.class).addClass(ComponentsPage.Role.class)
                .addClass(ComponentsPage.Module.class)
                .addAsWebResource(new File("src/test/webapp/nhsuk-components.xhtml"), "nhsuk-components.xhtml");
    }

    private void open(Browser browser) {
        browser.open(browser.home().resolve("nhsuk-components.xhtml"));
    }

    private static void submit(Browser browser) {
        browser.navigate(() -> browser.find(By.id("form:save")).click());
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static List<String> summaryLinks(Browser browser) {
        return browser.findAll(By.cssSelector(".nhsuk-error-summary__list a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    @Test
    void theComponentsWriteNhsUkMarkupAndAttributesLeftOutWriteNothing(Browser browser) {
        open(browser);
        WebElement name = browser.find(By.id("form:name"));
        assertThat(name.getDomAttribute("class")).isEqualTo("nhsuk-input nhsuk-input--width-20");
        assertThat(name.getDomAttribute("type")).isEqualTo("text");
        assertThat(name.getDomAttribute("maxlength")).isNull();
        assertThat(name.getDomAttribute("aria-describedby")).isNull();
        assertThat(name.getDomAttribute("autocomplete")).isNull();
        assertThat(browser.find(By.cssSelector("label[for='form:name']")).getText()).isEqualTo("Full name");
        WebElement email = browser.find(By.id("form:email"));
        assertThat(email.getDomAttribute("type")).isEqualTo("email");
        assertThat(email.getDomAttribute("autocomplete")).isEqualTo("email");
        assertThat(email.getDomAttribute("aria-describedby")).isEqualTo("form:email-hint");
        assertThat(browser.text(By.id("form:email-hint"))).isEqualTo("We send the certificate here");
        assertThat(browser.find(By.id("form:notes")).getDomAttribute("maxlength")).isEqualTo("200");
        assertThat(browser.find(By.id("form:notes")).getDomAttribute("rows")).isEqualTo("3");
        String page = browser.driver().getPageSource();
        assertThat(page).doesNotContain("=\"null\"", " null\"", "\"null ");

        assertThat(browser.find(By.cssSelector("#form\\:role")).getDomAttribute("type")).isEqualTo("radio");
        assertThat(browser.findAll(By.cssSelector(".nhsuk-radios .nhsuk-radios__input"))).extracting(e -> e.getDomAttribute("id"))
                .containsExactly("form:role", "form:role-2");
        assertThat(browser.findAll(By.cssSelector(".nhsuk-radios .nhsuk-radios__input"))).extracting(e -> e.getDomAttribute("value"))
                .containsExactly("RECEPTION", "MANAGER");
        assertThat(browser.text(By.id("form:role-item-hint"))).isEqualTo("Front desk and phones");
        assertThat(browser.find(By.id("form:role")).getDomAttribute("aria-describedby")).isEqualTo("form:role-item-hint");
        assertThat(browser.find(By.id("form:role-2")).getDomAttribute("aria-describedby")).isNull();
        assertThat(browser.find(By.cssSelector(".nhsuk-checkboxes--small"))).isNotNull();
        assertThat(browser.findAll(By.cssSelector(".nhsuk-checkboxes--small .nhsuk-checkboxes__input")))
                .extracting(e -> e.getDomAttribute("value")).containsExactly("11", "12", "13");
        assertThat(browser.find(By.id("form:modules-3")).getDomAttribute("disabled")).isNotNull();
        assertThat(browser.findAll(By.cssSelector("#form\\:start .nhsuk-date-input__input")))
                .extracting(e -> e.getDomAttribute("id")).containsExactly("form:start-day", "form:start-month", "form:start-year");
        assertThat(browser.find(By.cssSelector("fieldset[aria-describedby='form:start-hint']")).getDomAttribute("role")).isEqualTo("group");

        assertThat(browser.findAll(By.cssSelector("#tags strong"))).extracting(e -> e.getDomAttribute("class"))
                .containsExactly("nhsuk-tag nhsuk-tag--red", "nhsuk-tag nhsuk-tag--white", "nhsuk-tag nhsuk-tag--purple");
        assertThat(browser.texts(By.cssSelector("#tags strong"))).containsExactly("Overdue", "Not required", "Draft");
        assertThat(browser.findAll(By.cssSelector("table.nhsuk-table--responsive[role=table] td .nhsuk-table-responsive__heading")))
                .hasSize(6);
        assertThat(browser.find(By.cssSelector("th[aria-label='Modules completed']")).getDomAttribute("class"))
                .isEqualTo("nhsuk-table__header nhsuk-table__header--numeric");
        WebElement region = browser.find(By.cssSelector(".nhsuk-scroll__content"));
        assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(region.getDomAttribute("aria-label")).isEqualTo("Wide table");
        assertThat(region.findElement(By.tagName("table")).getDomAttribute("role")).isNull();
        assertThat(browser.findAll(By.cssSelector("ul.nhsuk-card-group > li.nhsuk-grid-column-one-third.nhsuk-card-group__item > .nhsuk-card")))
                .hasSize(2);
        assertThat(browser.find(By.cssSelector(".nhsuk-card--clickable a.nhsuk-card__link")).getText()).isEqualTo("First card");
        assertThat(browser.find(By.cssSelector(".nhsuk-tabs__list-item--selected a")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findAll(By.cssSelector(".nhsuk-tabs__tab[aria-current]"))).hasSize(1);
        assertThat(browser.find(By.cssSelector(".nhsuk-task-list__link")).getDomAttribute("aria-describedby"))
                .isEqualTo("nhsuk-task-1-status");
        assertThat(browser.text(By.id("nhsuk-task-2-hint"))).isEqualTo("Ten questions");
        assertThat(browser.find(By.cssSelector(".nhsuk-summary-list__actions a")).getDomProperty("textContent")).isEqualTo("Change name");
        assertThat(browser.text(By.cssSelector(".nhsuk-pagination__link--next .nhsuk-pagination__page"))).isEqualTo("Page 3 of 3");
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-error-summary"))).isFalse();
        browser.assertAccessible();
    }

    @Test
    void anEmptyFormListsEachProblemLinkedToItsFieldsFirstInput(Browser browser) {
        open(browser);
        submit(browser);
        assertThat(browser.text(By.cssSelector(".nhsuk-error-summary__heading"))).isEqualTo("There is a problem");
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li"))).containsExactly("Enter full name",
                "Select a colour", "Select your role", "Select at least one module", "Enter start date");
        assertThat(summaryLinks(browser)).containsExactly("#form:name", "#form:colour", "#form:role", "#form:modules",
                "#form:start-day");
        for (String href : summaryLinks(browser)) {
            assertThat(browser.script("return document.getElementById(arguments[0]) !== null", href.substring(1)))
                    .as(href).isEqualTo(true);
        }
        WebElement name = browser.find(By.id("form:name"));
        assertThat(name.getDomAttribute("class")).isEqualTo("nhsuk-input nhsuk-input--width-20 nhsuk-input--error");
        assertThat(name.getDomAttribute("aria-describedby")).isEqualTo("form:name-error");
        assertThat(browser.find(By.id("form:name-error")).getDomProperty("textContent")).isEqualTo("Error: Enter full name");
        assertThat(browser.find(By.id("form:email")).getDomAttribute("aria-describedby")).isEqualTo("form:email-hint");
        assertThat(browser.find(By.cssSelector("fieldset[aria-describedby='form:role-hint form:role-error']"))).isNotNull();
        assertThat(browser.findAll(By.cssSelector(".nhsuk-form-group--error > fieldset"))).hasSize(3);
        assertThat(browser.findAll(By.cssSelector("#form\\:start .nhsuk-input--error"))).hasSize(3);
        assertThat(browser.find(By.id("form:colour")).getDomAttribute("class")).isEqualTo("nhsuk-select nhsuk-select--error");
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-notification-banner"))).isFalse();
        browser.assertAccessible();
    }

    @Test
    void badAnswersAreNamedAndKeptAndGoodOnesAreConverted(Browser browser) {
        open(browser);
        type(browser, "form:name", "Ann Smith");
        type(browser, "form:email", "not an address");
        browser.find(By.cssSelector("#form\\:colour option[value='blue']")).click();
        browser.find(By.cssSelector("label[for='form:role-2']")).click();
        browser.find(By.cssSelector("label[for='form:modules']")).click();
        browser.find(By.cssSelector("label[for='form:modules-2']")).click();
        type(browser, "form:start-day", "31");
        type(browser, "form:start-month", "2");
        type(browser, "form:start-year", "2026");
        submit(browser);
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li"))).hasSize(2).last().isEqualTo("Enter a real date");
        assertThat(summaryLinks(browser)).containsExactly("#form:email", "#form:start-day");
        assertThat(browser.find(By.id("form:role-2")).isSelected()).isTrue();
        assertThat(browser.find(By.id("form:modules")).isSelected()).isTrue();
        assertThat(browser.find(By.id("form:modules-2")).isSelected()).isTrue();
        assertThat(browser.find(By.id("form:start-day")).getDomAttribute("value")).isEqualTo("31");
        assertThat(browser.find(By.id("form:start-day")).getDomAttribute("class")).contains("nhsuk-input--error");
        assertThat(browser.find(By.id("form:start-year")).getDomAttribute("class")).doesNotContain("nhsuk-input--error");
        browser.assertAccessible();

        type(browser, "form:email", "ann@example.com");
        type(browser, "form:start-day", "7");
        type(browser, "form:start-month", "12");
        browser.find(By.id("form:start-year")).clear();
        submit(browser);
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li"))).containsExactly("Start date must include a year");
        assertThat(browser.find(By.id("form:start-year")).getDomAttribute("class")).contains("nhsuk-input--error");
        assertThat(browser.find(By.id("form:start-day")).getDomAttribute("class")).doesNotContain("nhsuk-input--error");

        type(browser, "form:start-day", "x");
        type(browser, "form:start-month", "99999999999999999999");
        type(browser, "form:start-year", "2026");
        submit(browser);
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li"))).containsExactly("Enter a real date");

        type(browser, "form:start-day", "7");
        type(browser, "form:start-month", "12");
        type(browser, "form:start-year", "2025");
        submit(browser);
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li")))
                .containsExactly("Start date must be on or after 1 January 2026");
        type(browser, "form:start-year", "2028");
        submit(browser);
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li")))
                .containsExactly("Start date must be on or before 31 December 2027");

        type(browser, "form:start-year", "2026");
        browser.find(By.cssSelector("label[for='form:agree']")).click();
        submit(browser);
        assertThat(browser.isPresent(By.cssSelector(".nhsuk-error-summary"))).isFalse();
        assertThat(browser.text(By.cssSelector(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading")))
                .isEqualTo("Details saved");
        assertThat(browser.text(By.id("saved")))
                .isEqualTo("Ann Smith|ann@example.com|null|blue|MANAGER|[11, 12]|[Long]|true|2026-12-07");
        assertThat(browser.find(By.id("form:start-day")).getDomAttribute("value")).isEqualTo("7");
        assertThat(browser.find(By.id("form:role-2")).isSelected()).isTrue();
        browser.assertAccessible();
    }

    @Test
    void theFileUploadIsAnNhsUkFieldThatSaysWhenNoFileWasChosen(Browser browser) throws IOException {
        open(browser);
        WebElement file = browser.find(By.id("files:file"));
        assertThat(file.getDomAttribute("type")).isEqualTo("file");
        assertThat(file.getDomAttribute("class")).isEqualTo("nhsuk-file-upload__input");
        assertThat(file.getDomAttribute("accept")).isEqualTo("application/pdf,.pdf");
        assertThat(file.getDomAttribute("aria-describedby")).isEqualTo("files:file-hint");
        assertThat(browser.find(By.xpath("//input[@id='files:file']/..")).getDomAttribute("class"))
                .isEqualTo("nhsuk-form-group nhsuk-file-upload");
        assertThat(browser.find(By.cssSelector("label.nhsuk-label[for='files:file']")).getText()).isEqualTo("Upload a file");
        assertThat(browser.text(By.id("files:file-hint"))).isEqualTo("A PDF file of at most 5 MB");

        browser.navigate(() -> browser.find(By.id("files:upload")).click());
        assertThat(browser.texts(By.cssSelector(".nhsuk-error-summary__list li"))).containsExactly("Select a file");
        assertThat(summaryLinks(browser)).containsExactly("#files:file");
        assertThat(browser.find(By.xpath("//input[@id='files:file']/..")).getDomAttribute("class"))
                .isEqualTo("nhsuk-form-group nhsuk-form-group--error nhsuk-file-upload");
        assertThat(browser.find(By.id("files:file")).getDomAttribute("aria-describedby")).isEqualTo("files:file-hint files:file-error");
        assertThat(browser.find(By.id("files:file-error")).getDomProperty("textContent")).isEqualTo("Error: Select a file");
        browser.assertAccessible();

        Path chosen = Files.createTempFile("academy-components-", ".pdf");
        try {
            Files.writeString(chosen, "%PDF-1.7 eleven", StandardCharsets.US_ASCII);
            browser.find(By.id("files:file")).sendKeys(chosen.toAbsolutePath().toString());
            browser.navigate(() -> browser.find(By.id("files:upload")).click());
            assertThat(browser.isPresent(By.cssSelector(".nhsuk-error-summary"))).isFalse();
            assertThat(browser.text(By.id("uploaded"))).isEqualTo(chosen.getFileName() + "|15");
        } finally {
            Files.deleteIfExists(chosen);
        }
    }
}
