package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue flow: the term's deadlines with weights and the clash week, moving a deadline into the clash
 * week (warned) and then elsewhere, an extension for one learner, the heat map, and that learner's
 * effective deadlines on their page.
 */
class DeadlinesBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> quiz;

    @BeforeEach
    void remember() {
        quiz = jdbc.queryForMap(
                "select a.id, a.due_at, a.version from assessment a join offering o on o.id = a.offering_id "
                        + "join cohort c on c.id = o.cohort_id where c.intake_year = 2026 and a.title = 'Quiz 2: inference'");
    }

    @AfterEach
    void restore() {
        jdbc.update(
                "update assessment set due_at = ?, version = ? where id = ?",
                quiz.get("due_at"),
                quiz.get("version"),
                quiz.get("id"));
        jdbc.update("delete from assessment_extension where reason = 'Browser test: flooding at home'");
    }

    @Test
    void setMoveAndExtendDeadlinesAndSeeTheLoad() {
        signIn("admin", "admin-demo-password");
        page.navigate(url("deadlines"));
        assertThat(page.locator("#weight-checks")).containsText("MLDS101: 100 % of 100 %");
        assertThat(page.locator("#clash-notice")).containsText("Statistics coursework");
        screenshot("50-deadlines-term");

        page.locator(
                        "#deadlines-grid vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Quiz 2: inference"))
                .first()
                .click();
        assertThat(page.locator("#assessment-title input")).hasValue("Quiz 2: inference");
        setDate("#assessment-due", "26/11/2026");
        assertThat(page.locator("#assessment-in-uk")).containsText("Thu 26 Nov 2026, 12:00 GMT (Europe/London)");
        screenshot("51-move-deadline");
        page.locator("#assessment-save").click();
        assertThat(page.getByText("This makes 4 deadlines within 7 days")).isVisible();
        screenshot("52-clash-warning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go back"))
                .click();
        setDate("#assessment-due", "4/12/2026");
        page.locator("#assessment-save").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Quiz 2: inference due Fri 4 Dec 2026")))
                .isVisible();

        page.locator("vaadin-button[aria-label$='extensions of Statistics coursework']")
                .first()
                .click();
        assertThat(page.locator("#extension-facts")).containsText("due Mon 23 Nov 2026, 12:00 GMT (Europe/London)");
        page.locator("#extension-learners input").click();
        page.locator("vaadin-multi-select-combo-box-item").first().click();
        page.keyboard().press("Escape");
        page.locator("#extension-reason textarea").fill("Browser test: flooding at home");
        page.locator("#extension-grant").click();
        assertThat(page.locator("#extension-history")).containsText("Browser test: flooding at home");
        screenshot("53-extension-dialog");
        page.locator("#extension-close").click();

        page.navigate(url("deadlines/load"));
        long cohort = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        var clashCell = page.locator("#heat-" + cohort + "-2026-11-23");
        assertThat(clashCell).hasClass(Pattern.compile(".*heat-clash.*"));
        screenshot("54-heat-map");
        clashCell.click();
        assertThat(page.locator("#heat-details")).containsText("3 deadlines (clash)");
        screenshot("55-heat-map-week");

        long learner = jdbc.queryForObject(
                "select learner_id from assessment_extension where reason = 'Browser test: flooding at home'",
                Long.class);
        page.navigate(url("learners/" + learner));
        assertThat(page.locator("#learner-deadlines")).containsText("Browser test: flooding at home");
        page.locator("#learner-deadlines").scrollIntoViewIfNeeded();
        screenshot("56-learner-deadlines");
    }

    private void setDate(String picker, String date) {
        var input = page.locator(picker + " vaadin-date-picker input");
        input.fill(date);
        input.press("Enter");
    }
}
