package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cohortdesk.session.RemovedMarks;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: a faculty member on a phone (390 × 844, touch): the landing page, today's session and its attendance, Live
 * sessions, Offerings and an offering's roster, Deadlines and the learners fit the screen (no sideways scrolling), grids
 * show cards, the top bar keeps the title and an avatar menu, dialogs take the whole screen. The application clock is
 * Wednesday 25 November 2026, 12:00 UTC; today's session is a fixture at 12:30 UK time.
 */
class PhoneBrowserIT extends BrowserTest {

    static final String TITLE = "Phone office hour today";
    static final int WIDTH = 390;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    UserDetailsService users;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions()
                .setViewportSize(WIDTH, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setDeviceScaleFactor(2)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London");
    }

    @AfterEach
    void removeFixture() {
        RemovedMarks.delete(jdbc, "delete from live_session where title = ?", TITLE);
    }

    long offering() {
        return jdbc.queryForObject("""
                select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m on m.id = o.module_id
                where c.intake_year = 2026 and m.code = 'MLDS101'""", Long.class);
    }

    /** Ada's office hour today at 12:30 UK time: half an hour after the clock, so it can be marked already. */
    long todaysSession() {
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
                                    LocalDateTime.of(2026, 11, 25, 12, 30),
                                    ProgrammeTime.ZONE,
                                    Duration.ofMinutes(45),
                                    null,
                                    "https://meet.example.org/phone-office-hour",
                                    null),
                            "test fixture")
                    .firstOccurrenceId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void facultyOpenTodaysSessionMarkThreeLearnersAndReadEveryPageOnAPhone() {
        long occurrence = todaysSession();
        signIn("ada", "faculty-demo-password");

        // the landing page: the bar at the top with the title and the avatar; no text cut off by a bottom bar
        fitsThePhone("dashboard");
        assertThat(page.locator(".view-title")).hasText("Dashboard");
        assertThat(page.locator("#user-menu-compact")).isVisible();
        assertThat(page.locator("#logout")).isHidden();
        Assertions.assertThat(page.locator(".view-title").boundingBox().y)
                .as("the title bar is at the top")
                .isLessThan(80);
        var card = page.locator("#my-week-sessions .grid-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(card).containsText("Today, Wed 25 Nov 2026, 12:30 UK");
        assertThat(page.locator("#my-modules .grid-card").first()).containsText("MLDS101");
        screenshot("95-phone-dashboard");

        // the avatar menu: who is signed in and the three actions; its calendar-feed dialog takes the whole screen
        page.locator("#user-menu-avatar").tap();
        assertThat(page.locator("#menu-logout")).isVisible();
        assertThat(page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("(Faculty)")))
                .isVisible();
        screenshot("96-phone-user-menu");
        page.locator("#menu-my-feed").tap();
        var dialog = page.locator("vaadin-dialog").first();
        page.locator("vaadin-dialog [slot], vaadin-dialog-overlay").first().waitFor();
        page.waitForTimeout(400); // the dialog's opening animation
        // the dialog's surface: part "overlay" inside the opened dialog's shadow roots, however deep Vaadin puts it
        var surface = (Number) page.evaluate("""
                () => { const find = (root) => { if (!root) return null;
                    for (const el of root.querySelectorAll('*')) {
                      if ((el.getAttribute('part') || '').split(' ').includes('overlay')) return el;
                      const inner = find(el.shadowRoot); if (inner) return inner; }
                    return null; };
                  const d = [...document.querySelectorAll('vaadin-dialog')].find(x => x.opened);
                  const o = d && (find(d.shadowRoot) || find(d));
                  return o ? o.getBoundingClientRect().width : -1; }""");
        Assertions.assertThat(surface.doubleValue())
                .as("the dialog takes the phone's whole width")
                .isCloseTo(WIDTH, within(2.0));
        fitsThePhone("my calendar feed dialog");
        screenshot("97-phone-dialog");
        page.keyboard().press("Escape");
        assertThat(dialog).not().hasAttribute("opened", "");

        // today's session from the landing page
        card.locator("a", new Locator.LocatorOptions().setHasText("Roster and attendance"))
                .tap();
        page.waitForURL(u -> u.endsWith("/sessions/" + occurrence));
        assertThat(page.locator("#occurrence-facts")).containsText("Wed 25 Nov 2026, 12:30 UK");
        var summary = page.locator("#attendance-summary");
        long roster = jdbc.queryForObject(
                "select count(*) from enrollment where offering_id = ? and status = 'ENROLLED'",
                Long.class,
                offering());
        assertThat(summary).hasText("0 present · 0 late · 0 excused · 0 absent · " + roster + " not marked");
        fitsThePhone("occurrence roster");
        screenshot("98-phone-attendance-top");

        // mark three learners further down: one tap each on a 44 × 44 target, the page keeps its place, the summary
        // stays on top
        var cards = page.locator("#session-roster .attendance-card");
        cards.nth(7).scrollIntoViewIfNeeded();
        marks(cards.nth(5), "Present");
        marks(cards.nth(6), "Late");
        marks(cards.nth(7), "Absent");
        assertThat(summary).hasText("1 present · 1 late · 0 excused · 1 absent · " + (roster - 3) + " not marked");
        var box = summary.boundingBox();
        Assertions.assertThat(box.y)
                .as("the summary sticks at the top of the scrolled page")
                .isBetween(0.0, 120.0);
        fitsThePhone("occurrence roster after marking");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(
                        System.getProperty("screenshots.dir", "target/screenshots"),
                        "99-phone-attendance-marked.png")));
        long marked = jdbc.queryForObject(
                "select count(*) from session_attendance where occurrence_id = ? and marked_by = 'ada'",
                Long.class,
                occurrence);
        Assertions.assertThat(marked).isEqualTo(3);

        // Live sessions: cards with when, what, for whom and the counts
        page.navigate(url("sessions"));
        var sessionCard =
                page.locator("#session-grid .grid-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(sessionCard).containsText("Wed 25 Nov 2026, 12:30 UK");
        assertThat(sessionCard).containsText("Office hour: " + TITLE);
        assertThat(sessionCard).containsText("expected");
        fitsThePhone("live sessions");
        screenshot("100-phone-sessions");

        // Offerings, then one offering's roster (its filters behind one button)
        page.navigate(url("offerings"));
        var offeringCard = page.locator("#offering-grid .grid-card")
                .filter(new Locator.FilterOptions().setHasText("MLDS101"))
                .first();
        assertThat(offeringCard).containsText("enrolled");
        fitsThePhone("offerings");
        screenshot("101-phone-offerings");
        offeringCard.tap();
        page.waitForURL(u -> u.matches(".*/offerings/\\d+$"));
        assertThat(page.locator("#offering-search")).isHidden();
        page.locator("#offering-detail .filters-toggle").tap();
        assertThat(page.locator("#offering-search")).isVisible();
        assertThat(page.locator("#offering-roster .grid-card").first()).containsText("@");
        fitsThePhone("offering roster");
        screenshot("102-phone-offering-roster");

        // Deadlines: each with its zone
        page.navigate(url("deadlines"));
        var deadline = page.locator("#deadlines-grid .grid-card").first();
        assertThat(deadline).containsText(Pattern.compile("Due .*(UK|Europe/London|UTC|[A-Z][a-z]+/[A-Za-z_]+)"));
        assertThat(page.locator("#deadlines-term")).isHidden();
        fitsThePhone("deadlines");
        screenshot("103-phone-deadlines");

        // the learners of their offerings
        page.navigate(url("learners"));
        assertThat(page.locator("#learner-grid .grid-card").first()).containsText("local time now");
        fitsThePhone("learners");
        screenshot("104-phone-learners");

        // signing out from the avatar menu
        page.locator("#user-menu-avatar").tap();
        page.locator("#menu-logout").tap();
        page.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void anAdministratorOpensALearnersPageOnAPhone() {
        long learner = jdbc.queryForObject("""
                select min(e.learner_id) from enrollment e join learner l on l.id = e.learner_id
                where e.offering_id = ? and e.status = 'ENROLLED' and l.status = 'ACTIVE'""", Long.class, offering());
        signIn("admin", "admin-demo-password");
        fitsThePhone("administrator's dashboard");
        page.navigate(url("learners/" + learner));
        assertThat(page.locator("#learner-local-time")).containsText("UK time");
        fitsThePhone("learner's page");
        screenshot("105-phone-learner-page");
    }

    @Test
    void theUserMenuForPhonesIsMadeWhenADesktopWindowBecomesNarrow() {
        page.setViewportSize(1024, 768);
        signIn("ada", "faculty-demo-password");
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator("#user-menu-compact")).hasCount(0); // a desktop session does not carry it
        page.setViewportSize(WIDTH, 844);
        assertThat(page.locator("#user-menu-compact")).isVisible();
        page.locator("#user-menu-avatar").tap();
        assertThat(page.locator("#menu-logout")).isVisible();
    }

    @Test
    void theGridSwitchesBetweenCardsAndColumnsWhenTheWindowIsResized() {
        signIn("ada", "faculty-demo-password");
        page.navigate(url("sessions"));
        assertThat(page.locator("#session-grid")).hasClass(Pattern.compile("grid-cards"));
        page.setViewportSize(1024, 768);
        assertThat(page.locator("#session-grid")).not().hasClass(Pattern.compile("grid-cards"));
        assertThat(page.locator(
                                "#session-grid vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText("Roster"))
                        .first())
                .isVisible();
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator("#user-menu-compact")).isHidden();
        page.setViewportSize(WIDTH, 844);
        assertThat(page.locator("#session-grid")).hasClass(Pattern.compile("grid-cards"));
        fitsThePhone("live sessions after resizing");
    }

    @Test
    void timesAreShownInTheBrowsersZoneFromTheFirstPageOnWithUkTimeBeside() {
        var kolkata = context.browser().newContext(contextOptions().setTimezoneId("Asia/Kolkata"));
        try {
            page = kolkata.newPage();
            signIn("ada", "faculty-demo-password");
            // the landing page is the first view of the UI: the zone is the browser's already
            // (Chromium names India's zone by its older ICU name, Asia/Calcutta)
            assertThat(page.locator("#my-week-sessions .grid-card").first())
                    .containsText(Pattern.compile("Asia/(Kolkata|Calcutta)"));
            assertThat(page.locator("#my-week-sessions .grid-card").first()).containsText("UK)");
            page.navigate(url("sessions"));
            assertThat(page.locator("#session-grid .grid-card").first())
                    .containsText(Pattern.compile(
                            "Tue 24 Nov 2026, 00:30 Asia/(Kolkata|Calcutta) \\(Mon 23 Nov, 19:00 UK\\)"));
            fitsThePhone("live sessions in Asia/Kolkata");
            screenshot("106-phone-sessions-kolkata");
        } finally {
            kolkata.close();
        }
    }

    /** Taps a mark on a learner's card: a target of 44 × 44 px or more, name and status on one line, the page stays put. */
    private void marks(Locator learnerCard, String mark) {
        var button =
                learnerCard.locator(".attendance-taps vaadin-button", new Locator.LocatorOptions().setHasText(mark));
        BoundingBox target = button.boundingBox();
        Assertions.assertThat(target.width).as(mark + " button width").isGreaterThanOrEqualTo(44);
        Assertions.assertThat(target.height).as(mark + " button height").isGreaterThanOrEqualTo(44);
        String name = learnerCard.locator(".attendance-name").textContent();
        double before = scrollTop();
        button.tap();
        var sameCard =
                page.locator("#session-roster .attendance-card").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(sameCard.locator(".attendance-status")).hasText(mark);
        assertThat(sameCard.locator(".attendance-taps vaadin-button", new Locator.LocatorOptions().setHasText(mark)))
                .hasAttribute("aria-pressed", "true");
        Assertions.assertThat(scrollTop())
                .as("the page keeps its place after marking " + name)
                .isCloseTo(before, within(2.0));
        var nameBox = sameCard.locator(".attendance-name").boundingBox();
        var statusBox = sameCard.locator(".attendance-status").boundingBox();
        Assertions.assertThat(Math.abs((nameBox.y + nameBox.height / 2) - (statusBox.y + statusBox.height / 2)))
                .as("name and status of " + name + " on one line")
                .isLessThan(8);
    }

    /** Where the page is scrolled to: the document or the layout's content area, whichever scrolls. */
    private double scrollTop() {
        return ((Number) page.evaluate("""
                () => { let top = document.scrollingElement.scrollTop;
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                  return top + (content ? content.scrollTop : 0) + (layout ? layout.scrollTop : 0); }""")).doubleValue();
    }

    /** No element wider than the phone: nothing scrolls sideways. */
    private void fitsThePhone(String what) {
        page.waitForLoadState();
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        Assertions.assertThat(scrollWidth)
                .as("no horizontal scrolling on the " + what + " at 390 px")
                .isLessThanOrEqualTo(WIDTH);
    }
}
