package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cohortdesk.session.RemovedMarks;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17: an administrator issues a learner's personal link on the learner's page; the learner opens it on
 * a phone (390 × 844, no session of the administrator's), books an office hour, and the page fits the screen,
 * is kept out of search engines and sends no Referer; axe finds no serious accessibility violation.
 */
class LearnerPageBrowserIT extends BrowserTest {

    static final String TITLE = "Browser personal-page office hour";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void removeFixture() {
        RemovedMarks.delete(jdbc, "delete from live_session where title = ?", TITLE);
    }

    long offering() {
        return jdbc.queryForObject("""
                select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m on m.id = o.module_id
                where c.intake_year = 2026 and m.code = 'MLDS101'""", Long.class);
    }

    long officeHour() {
        var admin = users.loadUserByUsername("admin");
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            long ada = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
            return sessions.schedule(
                            new SessionDraft(
                                    SessionType.OFFICE_HOUR,
                                    TITLE,
                                    offering(),
                                    ada,
                                    LocalDateTime.of(2026, 12, 10, 7, 0),
                                    ProgrammeTime.ZONE,
                                    Duration.ofMinutes(30),
                                    null,
                                    "https://meet.example.org/browser-office-hour",
                                    2),
                            "test fixture")
                    .firstOccurrenceId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aLearnerOpensTheirLinkOnAPhoneAndBooksAnOfficeHour() {
        long occurrence = officeHour();
        // a learner in Asia/Tokyo or elsewhere: the first enrolled active learner of the offering
        long learner = jdbc.queryForObject("""
                select min(e.learner_id) from enrollment e join learner l on l.id = e.learner_id
                where e.offering_id = ? and e.status = 'ENROLLED' and l.status = 'ACTIVE'""", Long.class, offering());

        signIn("admin", "admin-demo-password");
        page.navigate(url("learners/" + learner));
        page.locator("#learner-link-issue").click();
        var address = page.locator("#learner-link-url input").inputValue();
        Assertions.assertThat(address).matches("http://localhost:\\d+/me/[A-Za-z0-9_-]{43}");
        assertThat(page.locator("#learner-link-state")).containsText("Personal link issued");

        // the learner: another device, a phone
        page.close();
        context.clearCookies();
        page = context.newPage();
        page.setViewportSize(390, 844);
        var response = page.navigate(address);
        Assertions.assertThat(response.headers())
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("x-robots-tag", "noindex, nofollow");
        assertThat(page.locator("meta[name=robots]")).hasAttribute("content", "noindex, nofollow");
        assertThat(page.locator("meta[name=referrer]")).hasAttribute("content", "no-referrer");
        var card = page.locator("#lp-session-" + occurrence);
        assertThat(card).containsText(TITLE);
        assertThat(card).containsText("0 of 2 places taken");
        card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Book a place"))
                .click();
        assertThat(card).containsText("You have a place.");
        assertThat(card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Cancel my place")))
                .isVisible();
        card.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(
                        System.getProperty("screenshots.dir", "target/screenshots"),
                        "91-learner-page-booked-390.png")));
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(
                        System.getProperty("screenshots.dir", "target/screenshots"), "92-learner-page-top-390.png")));

        var scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        Assertions.assertThat(scrollWidth)
                .as("no horizontal scrolling on a 390 px phone")
                .isLessThanOrEqualTo(390);
        screenshot("90-learner-page-phone-390");

        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
        Assertions.assertThat(serious).as("serious or critical axe violations").isEmpty();

        // no cookie but the one session cookie Vaadin needs
        Assertions.assertThat(context.cookies()).extracting(c -> c.name).containsExactly("JSESSIONID");

        // the booking is the learner's, through their link, from the phone's address
        var audit = jdbc.queryForMap("""
                select actor, remote_address from audit_entry where entity_type = 'SessionBooking' and action = 'CREATE'
                order by id desc limit 1""");
        Assertions.assertThat(audit.get("ACTOR")).isEqualTo("learner " + learner + " via personal link");
        Assertions.assertThat((String) audit.get("REMOTE_ADDRESS")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void anUnknownTokenGetsThePageNotFound() {
        page.setViewportSize(390, 844);
        var response = page.navigate(url("me/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        Assertions.assertThat(response.headers()).containsEntry("referrer-policy", "no-referrer");
        assertThat(page.locator("#not-found")).containsText("Page not found");
        Assertions.assertThat(page.content()).doesNotContain("lp-session");
    }
}
