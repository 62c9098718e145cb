package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cohortdesk.learner.ImportedLearners;
import com.cohortdesk.learner.csv.CsvFiles;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import page in a real browser: upload, preview, import over push, and a second upload. */
class ImportBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void deleteImportedLearners() {
        ImportedLearners.delete(jdbc);
    }

    private void upload(String name, byte[] bytes) {
        var chooser = page.waitForFileChooser(
                () -> page.locator("#import-upload vaadin-button").first().click());
        chooser.setFiles(new FilePayload(name, "text/csv", bytes));
    }

    @Test
    void administratorImportsAFileAndThenSeesTheProblemsOfAnother() {
        var cohortId = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        signIn("admin", "admin-demo-password");
        page.navigate(url("cohorts/" + cohortId + "/import"));
        assertThat(page.locator("h2")).hasText("Import learners into Fall 2026");

        upload("learners.csv", CsvFiles.generated(3_000).getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#import-summary")).hasText("learners.csv: 3,000 learners ready to import.");
        assertThat(page.locator("#import-button")).hasText("Import 3,000 learners");
        screenshot("10-import-preview");

        page.locator("#import-button").click();
        assertThat(page.locator("#import-summary")).containsText("Imported 3,000 learners into Fall 2026");
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Imported 3,000 learners");
        screenshot("11-import-done");

        page.navigate(url("cohorts/" + cohortId + "/import"));
        upload(
                "several-problems.csv",
                CsvFiles.bytes("bad", "several-problems.csv", "learner.1" + CsvFiles.TEST_DOMAIN));
        assertThat(page.locator("#import-summary"))
                .hasText("several-problems.csv: 9 problems found; fix the file and upload it again.");
        assertThat(page.locator("#import-problems")).containsText("already belongs to a learner in Cohort Desk");
        assertThat(page.locator("#import-button")).isDisabled();
        screenshot("12-import-problems");

        upload("latin-1.csv", CsvFiles.bytes("bad", "latin-1.csv", ""));
        assertThat(page.locator("#import-summary"))
                .hasText("latin-1.csv: 1 problem found; fix the file and upload it again.");
    }

    /** The issue's flow: import a file with errors, read the preview, fix it, import, find the learner, defer them. */
    @Test
    void importFixFindAndDeferALearner() {
        var cohortId = jdbc.queryForObject("select id from cohort where intake_year = 2025", Long.class);
        signIn("admin", "admin-demo-password");
        page.navigate(url("cohorts/" + cohortId + "/import"));
        var broken = "name,email,country,time zone\n"
                + "Quintessa Flowerdew,quintessa.flowerdew" + CsvFiles.TEST_DOMAIN + ",New Zealand,Pacific/Auckland\n"
                + "Ravi Menon,ravi.menon@@" + CsvFiles.TEST_DOMAIN.substring(1) + ",IN,Asia/Calcutta/Wrong\n";
        upload("admissions.csv", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#import-summary")).containsText("problems found; fix the file and upload it again.");
        assertThat(page.locator("#import-problems")).containsText("is not a valid email address");
        assertThat(page.locator("#import-button")).isDisabled();
        screenshot("13-import-errors");

        var fixed = broken.replace("ravi.menon@@", "ravi.menon@").replace("Asia/Calcutta/Wrong", "Asia/Kolkata");
        upload("admissions-fixed.csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#import-summary")).hasText("admissions-fixed.csv: 2 learners ready to import.");
        page.locator("#import-button").click();
        assertThat(page.locator("#import-summary")).containsText("Imported 2 learners into Fall 2025");

        page.navigate(url("learners?q=quintessa"));
        var row = page.locator(
                        "#learner-grid vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Quintessa Flowerdew"))
                .first();
        assertThat(row).isVisible();
        screenshot("14-find-learner");
        row.click();
        page.waitForURL(u -> u.matches(".*/learners/\\d+$"));
        page.locator("#action-interrupt").click();
        page.locator("#status-reason textarea").fill("Starting a new job; will resume with the next intake");
        page.locator("#status-confirm").click();
        assertThat(page.locator("#learner-status-badge")).hasText("Interrupted");
        assertThat(page.locator("#learner-cohort-line")).containsText("Fall 2026");
        assertThat(page.locator("#learner-cohort-line")).containsText("deferred from Fall 2025");
        assertThat(page.locator("#learner-history")).containsText("Starting a new job");
        screenshot("15-learner-deferred");
    }
}
