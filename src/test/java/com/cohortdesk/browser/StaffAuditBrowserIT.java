package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An administrator manages staff accounts in the browser, under the app's Content-Security-Policy:
 * creates a faculty account with a module, disables another account, watches an account lock after
 * ten wrong passwords, and finds it all in the audit trail.
 */
class StaffAuditBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void restoreDemoAccounts() {
        jdbc.update("delete from staff_user where username = 'gita'");
        jdbc.update(
                "update staff_user set enabled = (username <> 'grace'), failed_logins = 0, locked_until = null"); // the
        // demo's departed host stays disabled
        jdbc.update(
                "update staff_user set password_hash = ?, password_change_required = false where username = 'divya'",
                encoder.encode("faculty-demo-password"));
    }

    private static Locator.FilterOptions text(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private String sessionCookie() {
        return context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }

    @Test
    void administratorManagesAccountsAndFindsTheAuditTrail() {
        // BrowserTest fails every browser test on a console error, a page error or a CSP violation.
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        var before = sessionCookie();
        signIn("admin", "admin-demo-password");
        assertThat(sessionCookie())
                .as("a new session id at sign-in")
                .isNotEmpty()
                .isNotEqualTo(before);

        // Create a faculty account that teaches a module.
        page.navigate(url("staff"));
        page.locator("#new-staff").click();
        page.locator("#staff-username input").fill("gita");
        page.locator("#staff-name input").fill("Dr Gita Rao");
        page.locator("#staff-email input").fill("gita@cohortdesk.example");
        page.locator("#staff-roles vaadin-checkbox").filter(text("Faculty")).click();
        page.locator("#staff-modules input").fill("MLDS301");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(text("MLDS301"))
                .click();
        page.locator("#staff-modules").evaluate("combo => combo.opened = false");
        screenshot("30-staff-new-account");
        page.locator("#staff-save").click();
        assertThat(page.locator("#one-time-password")).hasText(Pattern.compile("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}"));
        page.waitForTimeout(600); // let the account dialog's closing animation finish
        screenshot("31-staff-one-time-password");
        page.getByText("Done").click();
        assertThat(page.locator("#staff-grid")).containsText("Dr Gita Rao");
        assertThat(page.locator("#staff-grid")).containsText("Enabled, one-time password");

        // Disable another account.
        page.locator("#staff-grid vaadin-grid-cell-content")
                .filter(text("Prof. Farid Haddad"))
                .click();
        assertThat(page.locator("#staff-state")).containsText("Enabled");
        page.locator("#staff-toggle-enabled").click();
        assertThat(page.locator("#staff-state")).containsText("Disabled");
        screenshot("32-staff-disabled");
        page.locator("#staff-close").click();
        assertThat(page.locator("#staff-grid")).containsText("Disabled");

        // Ten wrong passwords for Elena, from another browser: the account locks; the message stays generic.
        var attacker = context.browser().newContext().newPage();
        for (int i = 1; i <= 10; i++) {
            attacker.navigate(url("login"));
            attacker.locator("input[name=username]").fill("elena");
            attacker.locator("input[name=password]").fill("wrong-guess-number-" + i);
            attacker.locator("vaadin-login-form vaadin-button").first().click();
            attacker.waitForURL(u -> u.contains("error"));
        }
        attacker.navigate(url("login"));
        attacker.locator("input[name=username]").fill("elena");
        attacker.locator("input[name=password]").fill("faculty-demo-password");
        attacker.locator("vaadin-login-form vaadin-button").first().click();
        attacker.waitForURL(u -> u.contains("error"));
        assertThat(attacker.locator("vaadin-login-form")).containsText("locked for 15 minutes");
        attacker.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "23-login-locked.png")));
        attacker.context().close();

        page.navigate(url("staff"));
        assertThat(page.locator("#staff-grid")).containsText("Locked until 25 Nov 12:15 UK time");
        screenshot("34-staff-locked");

        // The audit trail has the lockout, the disabling and the new account.
        page.navigate(url("audit?who=elena"));
        assertThat(page.locator("#audit-grid")).containsText("account locked");
        assertThat(page.locator("#audit-grid")).containsText("login failed");
        screenshot("35-audit-lockout");
        long farid = jdbc.queryForObject("select id from staff_user where username = 'farid'", Long.class);
        page.navigate(url("audit?entity=StaffUser&id=" + farid));
        assertThat(page.locator("#audit-grid")).containsText("enabled: true → false");
        page.navigate(url("audit?entity=ProgrammeModule"));
        assertThat(page.locator("#audit-grid")).containsText("facultyIds:");
        screenshot("36-audit-modules");
    }

    @Test
    void aUserWithAOneTimePasswordMustChooseANewOne() {
        page.navigate(url("login"));
        signIn("admin", "admin-demo-password");
        page.navigate(url("staff"));
        page.locator("#staff-grid vaadin-grid-cell-content")
                .filter(text("Dr Divya Raman"))
                .click();
        page.locator("#staff-reset-password").click();
        var password = page.locator("#one-time-password").textContent().strip();
        page.getByText("Done").click();
        page.locator("#staff-close").click();
        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));

        signIn("divya", password);
        page.waitForURL(u -> u.contains("change-password"));
        assertThat(page.locator("#password-notice")).containsText("one-time password");
        page.locator("#current-password input").fill(password);
        page.locator("#new-password input").fill("a quiet river at dawn");
        page.locator("#repeat-password input").fill("a quiet river at dawn");
        screenshot("37-change-password");
        page.locator("#change-password-save").click();
        assertThat(page.locator("#my-modules")).isVisible();
    }
}
