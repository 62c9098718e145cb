package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.AuthorizationMatrix;
import com.cohortdesk.AuthorizationMatrix.Principal;
import com.cohortdesk.learnerpage.LearnerLinkService;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 11: axe-core (every rule it runs by default, best practices included) finds no violation of any impact on any
 * route, opened by every principal the authorization matrix lets in: administrator, faculty and, for the sign-in page
 * and a learner's personal page, a visitor. The route list is the matrix's, so a new route is checked too. The
 * violations of every page are written to target/axe/axe-report.txt.
 */
class AccessibilityBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LearnerLinkService links;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void lightAgain() {
        jdbc.update("update staff_user set dark_mode = false where username = 'ben'");
    }

    @Test
    void everyRouteHasNoAxeViolationForEveryoneWhoMayOpenIt() {
        var report = new TreeMap<String, List<String>>();
        for (var principal : List.of(Principal.ADMIN, Principal.FACULTY, Principal.ANONYMOUS)) {
            context.clearCookies();
            if (principal == Principal.ADMIN) signIn("admin", "admin-demo-password");
            if (principal == Principal.FACULTY) signIn("ada", "faculty-demo-password");
            for (var route : routesFor(principal).entrySet()) {
                page.navigate(url(route.getValue()));
                settle();
                report.put(principal + " /" + route.getKey(), violations());
            }
        }
        write(report);
        assertThat(report).as("routes checked").hasSizeGreaterThanOrEqualTo(30);
        var failing = new LinkedHashMap<String, List<String>>();
        report.forEach((page, violations) -> {
            if (!violations.isEmpty()) failing.put(page, violations);
        });
        assertThat(failing)
                .as("axe violations per page (target/axe/axe-report.txt)")
                .isEmpty();
    }

    @Test
    void darkModeIsKeptPerUserAndPassesAxe() {
        signIn("ben", "faculty-demo-password");
        assertThat(page.locator("html")).not().hasAttribute("theme", "dark");
        page.locator("#dark-mode-toggle").click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        assertThat(page.locator("#dark-mode-toggle")).hasAttribute("aria-pressed", "true");
        settle();
        screenshot("a11y-dark-dashboard");
        assertThat(violations()).as("axe violations of the dark dashboard").isEmpty();

        // kept: a new sign-in (another browser) opens dark; the choice is in the audit trail
        context.clearCookies();
        signIn("ben", "faculty-demo-password");
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        page.navigate(url("sessions"));
        settle();
        assertThat(violations()).as("axe violations of the dark sessions page").isEmpty();
        var audit = jdbc.queryForMap("""
                select actor, details from audit_entry where entity_type = 'StaffUser' and action = 'UPDATE'
                order by id desc limit 1""");
        assertThat(audit.get("ACTOR")).isEqualTo("ben");
        assertThat((String) audit.get("DETAILS")).contains("darkMode");

        // an administrator's choice is their own: admin still opens light
        context.clearCookies();
        signIn("admin", "admin-demo-password");
        assertThat(page.locator("html")).not().hasAttribute("theme", "dark");

        context.clearCookies();
        signIn("ben", "faculty-demo-password");
        page.locator("#dark-mode-toggle").click();
        assertThat(page.locator("html")).not().hasAttribute("theme", "dark");
        assertThat(jdbc.queryForObject("select dark_mode from staff_user where username = 'ben'", Boolean.class))
                .isFalse();
    }

    @Test
    void theFaviconIsServed() {
        var response = page.navigate(url("favicon.ico"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).contains("image");
    }

    /** The matrix's sample path of every route the principal may open (a personal link's token issued for it). */
    private Map<String, String> routesFor(Principal principal) {
        var routes = new TreeMap<String, String>();
        AuthorizationMatrix.ROUTES.forEach((route, rule) -> {
            if (!rule.allowed().contains(principal)) return;
            if (principal != Principal.ANONYMOUS && route.equals("login")) return; // a signed-in user is sent on
            if (principal != Principal.ANONYMOUS && route.equals("me/:token")) return; // the learner's page, below
            var path = rule.samplePath();
            if (path.contains(AuthorizationMatrix.PERSONAL_LINK_TOKEN)) {
                path = path.replace(AuthorizationMatrix.PERSONAL_LINK_TOKEN, personalLinkToken());
            }
            routes.put(route, path);
        });
        return routes;
    }

    private String personalLinkToken() {
        long learner = jdbc.queryForObject("select min(id) from learner where status = 'ACTIVE'", Long.class);
        var admin = users.loadUserByUsername("admin");
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            return links.issue(learner).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Waits until Vaadin has rendered the view and answered every request it sent. */
    private void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        page.waitForTimeout(300);
    }

    private List<String> violations() {
        var results = new AxeBuilder(page).analyze();
        var found = new ArrayList<String>();
        for (var v : results.getViolations()) {
            found.add(v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " "
                    + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .limit(5)
                            .toList());
        }
        return found;
    }

    private static void write(Map<String, List<String>> report) {
        var text = new StringBuilder();
        report.forEach((page, violations) -> text.append(page)
                .append(": ")
                .append(
                        violations.isEmpty()
                                ? "0 violations"
                                : violations.size() + " violations\n  " + String.join("\n  ", violations))
                .append('\n'));
        try {
            var dir = Path.of("target", "axe");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe-report.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
