package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Both roles sign in through the real form and see only what they may. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void administratorSeesTheWholeProgramme() {
        page.navigate(url(""));
        page.waitForURL(u -> u.contains("/login"));
        page.locator("vaadin-login-form").waitFor();
        screenshot("01-login");

        signIn("admin", "admin-demo-password");
        assertThat(page.locator("#admin-stats")).containsText("Learners");
        assertThat(page.locator("#admin-stats")).containsText("600");
        assertThat(page.locator("#rules-check")).containsText("follows the schedule");
        assertThat(page.locator("vaadin-side-nav-item"))
                .hasCount(13); // with Live sessions, Deadlines, Deadline load, Calendar, Outbox, Personal data
        assertThat(page.locator(".user-name")).hasText("Alex Morgan");
        // the avatar and the name beside it (one static markup element, StaticMarkup), not one above the other
        var avatar = page.locator(".user-identity vaadin-avatar").boundingBox();
        var who = page.locator(".user-identity .user-who").boundingBox();
        org.assertj.core.api.Assertions.assertThat(avatar.x + avatar.width)
                .as("the avatar ends left of the name")
                .isLessThanOrEqualTo(who.x);
        screenshot("02-admin-dashboard");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Learners"))
                .click();
        page.waitForURL(u -> u.endsWith("/learners"));
        assertThat(page.locator("#learner-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("@learners.example.org"))
                        .first())
                .isVisible();
        screenshot("03-admin-learners");
        page.locator("#learner-search input").fill(".12@learners");
        assertThat(page.locator("#learner-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions()
                                .setHasText("@learners.example.org")
                                .setVisible(true)))
                .hasCount(1);

        page.navigate(url("cohorts"));
        assertThat(page.locator("#cohort-grid")).containsText("Fall 2026");
        screenshot("04-admin-cohorts");

        page.navigate(url("modules"));
        assertThat(page.locator("#module-grid")).containsText("Ethics of Machine Learning");
        screenshot("05-admin-modules");

        page.navigate(url("staff"));
        assertThat(page.locator("#staff-grid")).containsText("Dr Ada Okonkwo");

        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
        page.navigate(url("learners"));
        page.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void facultySeesOnlyTheirModules() {
        signIn("ada", "faculty-demo-password");
        assertThat(page.locator("#my-modules")).containsText("Probability and Statistics");
        assertThat(page.locator("#my-modules")).containsText("Probabilistic Modelling");
        assertThat(page.locator("#my-modules")).not().containsText("Deep Learning");
        assertThat(page.locator("vaadin-side-nav-item"))
                .hasCount(8); // with Live sessions, Deadlines, Calendar and Outbox
        assertThat(page.locator("#my-cohorts")).containsText("Fall 2026 roster");
        screenshot("06-faculty-dashboard");

        page.locator("#my-cohorts a").first().click();
        page.waitForURL(u -> u.contains("/learners?cohort="));
        assertThat(page.locator("#learner-cohort input")).hasValue("Fall 2026");

        for (var adminOnly : new String[] {"cohorts", "staff", "cohorts/1"}) {
            page.navigate(url(adminOnly));
            assertThat(page.locator("#not-found")).containsText("Page not found");
        }
        screenshot("07-faculty-denied");

        page.navigate(url("no-such-page"));
        assertThat(page.locator("#not-found")).containsText("There is no page at /no-such-page");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("The username or password is not right");
        screenshot("08-login-error");
    }
}
