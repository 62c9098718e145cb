package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue flow: open the 2026 cohort, enrol it into term 1, withdraw one learner from one module, see a deferred learner's plan. */
class EnrollmentBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void undoWithdrawal() {
        jdbc.update(
                "update enrollment set status = 'ENROLLED' where id in (select enrollment_id from enrollment_status_change "
                        + "where reason = 'Timetable clash with a new job')");
        jdbc.update("delete from enrollment_status_change where reason = 'Timetable clash with a new job'");
    }

    @Test
    void enrolTheCohortWithdrawOneLearnerAndReadADeferredPlan() {
        signIn("admin", "admin-demo-password");
        page.navigate(url("cohorts"));
        page.locator("#cohort-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Fall 2026"))
                .first()
                .click();
        page.waitForURL(u -> u.matches(".*/cohorts/\\d+$"));
        assertThat(page.locator("#cohort-terms")).containsText("Year 1, term 1 (term 1)");
        screenshot("20-cohort-detail");

        page.locator("#open-offerings").click();
        page.waitForURL(u -> u.contains("/offerings?cohort="));
        page.navigate(page.url() + "&term=1");
        assertThat(page.locator("#enrol-cohort")).hasText("Enrol Fall 2026 into term 1");
        page.locator("#enrol-cohort").click();
        assertThat(page.locator("#enrol-summary"))
                .containsText("0 learners enrolled into 0 places in term 1 of Fall 2026");
        screenshot("21-enrol-report");
        page.locator("#enrol-report-close").click();

        page.locator("#offering-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("MLDS101"))
                .first()
                .click();
        page.waitForURL(u -> u.matches(".*/offerings/\\d+$"));
        assertThat(page.locator("#offering-facts")).containsText("led by Dr Ada Okonkwo");
        var withdraw = page.locator("#offering-roster vaadin-button", new Page.LocatorOptions().setHasText("Withdraw"))
                .first();
        withdraw.click();
        page.locator("#withdraw-reason textarea").fill("Timetable clash with a new job");
        screenshot("22-withdraw-dialog");
        page.locator("#withdraw-confirm").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("withdrawn from MLDS101")))
                .isVisible();
        screenshot("23-offering-roster");

        long deferred = jdbc.queryForObject(
                "select min(id) from learner where deferred_from_cohort_id is not null", Long.class);
        page.navigate(url("learners/" + deferred));
        assertThat(page.locator("#learner-cohort-line")).containsText("deferred from Fall 2025");
        assertThat(page.locator("#plan-check")).hasText("The plan follows the programme rules.");
        assertThat(page.locator("#learner-history")).containsText("moved from Fall 2025 to Fall 2026");
        screenshot("24-deferred-learner-plan");
    }
}
