package academy.web.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.shared.AccessDeniedException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.mail.OutboxDelivery;
import academy.shared.mail.OutboxMail;
import academy.web.faces.Pages;
import academy.web.paging.PageLinks;
import academy.web.security.CurrentUser;

/**
 * {@code /demo/outbox.xhtml}: in demo mode only, the mails the academy has sent, newest first, so
 * that someone trying the demo can follow invitation and password links without a mail server.
 * Outside demo mode the page does not exist (404): real mail holds real people's links. In demo
 * mode it is open to administrators, and to requests made on the machine the demo runs on (not
 * passed on by a proxy): anyone else reading its password-reset links could take the demo's
 * accounts over, administrators' included.
 */
@Named
@RequestScoped
public class OutboxBacking {

    static final int PAGE_SIZE = 10;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    OutboxDelivery outbox;

    @Inject
    CurrentUser currentUser;

    private String page;
    private Page<OutboxMail> mails = new Page<>(List.of(), 0, PAGE_SIZE, 0);

    public void load() {
        if (!demo) {
            Pages.notFound("There is no such page.");
            return;
        }
        if (!currentUser.hasGroup("admin") && !currentUser.isOnThisMachine()) {
            throw new AccessDeniedException("The demo outbox is open to administrators, and to people using the demo on the "
                    + "machine it runs on.");
        }
        int number = Pages.wholeNumber(page).filter(n -> n >= 1).orElse(1);
        // People count pages from 1; the services from 0.
        mails = outbox.recent(new PageRequest(number - 1, PAGE_SIZE));
    }

    public Page<OutboxMail> getMails() {
        return mails;
    }

    /** The previous and next pages of mail. */
    public PageLinks getPages() {
        return PageLinks.around(mails, FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/demo/outbox.xhtml", Map.of());
    }

    /** A line of a mail's text; a line that is one web address becomes a link. */
    public record Line(String text, boolean link) {
    }

    /**
     * A mail's text as paragraphs (split at blank lines) of lines, so that the page wraps it on a
     * phone instead of showing it preformatted and wider than the screen.
     */
    public List<List<Line>> paragraphs(OutboxMail mail) {
        return Arrays.stream(mail.body().replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> p.lines().map(String::strip)
                        .map(line -> new Line(line, WEB_ADDRESS.matcher(line).matches())).toList())
                .toList();
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
