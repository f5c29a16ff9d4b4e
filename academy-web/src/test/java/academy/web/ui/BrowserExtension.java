package academy.web.ui;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import academy.web.DemoAccounts;
import academy.web.Http;
import academy.web.SignInSession;

/**
 * The browsers of a {@code *UiIT} journey. A test method that takes a {@link Browser} parameter
 * gets a fresh headless Chromium for the deployment under test (each parameter one browser, so
 * two people can act at once), closed when the test ends, passed or failed:
 *
 * <pre>
 * &#64;ExtendWith({ArquillianExtension.class, BrowserExtension.class})
 * &#64;RunAsClient
 * class SomeJourneyUiIT {
 *     &#64;ArquillianResource
 *     URL deployed;
 *
 *     &#64;Test
 *     void aManagerDoesSomething(Browser browser) {
 *         BrowserExtension.signIn(browser, DemoAccounts.MANAGER_A);
 * </pre>
 *
 * The deployment's address is the test's {@code @ArquillianResource URL} field, which Arquillian
 * fills before the test method's parameters are resolved.
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace BROWSERS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = Browser.headless(home(context.getRequiredTestInstance()));
        // The method's store closes what it holds when the test ends, in reverse order of storing.
        context.getStore(BROWSERS).put(parameter.getIndex(), (ExtensionContext.Store.CloseableResource) browser::close);
        return browser;
    }

    private static URI home(Object test) {
        Field deployed = Arrays.stream(test.getClass().getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArquillianResource.class) && f.getType() == URL.class).findFirst()
                .orElseThrow(() -> new ParameterResolutionException(test.getClass().getSimpleName()
                        + " needs an @ArquillianResource URL field: the browser opens the deployment at that address"));
        try {
            deployed.setAccessible(true);
            URL url = (URL) deployed.get(test);
            if (url == null) {
                throw new ParameterResolutionException("Arquillian has not filled " + deployed.getName() + " yet");
            }
            return new Http(url).application();
        } catch (IllegalAccessException e) {
            throw new ParameterResolutionException("cannot read " + deployed.getName(), e);
        }
    }

    /** Signs in as a demo account (the demo password), as {@link #signIn(Browser, String, String)} does. */
    public static void signIn(Browser browser, String email) {
        signIn(browser, email, DemoAccounts.PASSWORD);
    }

    /**
     * Signs in through the sign-in page by keyboard, as a person would: the page (checked with
     * axe-core), the email and password typed into the fields whose ids end in email and password,
     * Enter, and the page that follows.
     */
    public static void signIn(Browser browser, String email, String password) {
        browser.open(browser.home().resolve(SignInSession.SIGN_IN_PAGE));
        browser.assertAccessible();
        browser.find(By.cssSelector("input[id$=email]")).sendKeys(email);
        browser.find(By.cssSelector("input[id$=password]")).sendKeys(password);
        browser.navigate(() -> browser.find(By.cssSelector("input[id$=password]")).sendKeys(Keys.ENTER));
    }
}
