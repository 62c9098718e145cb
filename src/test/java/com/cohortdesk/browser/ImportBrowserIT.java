package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cohortdesk.learner.csv.CsvFiles;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import page in a real browser: upload, preview, import over push, and a second upload. */
class ImportBrowserIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void deleteImportedLearners() {
        jdbc.update("delete from learner where email like ?", "%" + CsvFiles.TEST_DOMAIN);
    }

    private void upload(String name, byte[] bytes) {
        var chooser = page.waitForFileChooser(() -> page.locator("#import-upload vaadin-button").first().click());
        chooser.setFiles(new FilePayload(name, "text/csv", bytes));
    }

    @Test
    void administratorImportsAFileAndThenSeesTheProblemsOfAnother() {
        var cohortId = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        signIn("admin", "admin-demo-password");
        page.navigate(url("cohorts/" + cohortId + "/import"));
        assertThat(page.locator("h3")).hasText("Import learners into Fall 2026");

        upload("learners.csv", CsvFiles.generated(3_000).getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#import-summary")).hasText("learners.csv: 3,000 learners ready to import.");
        assertThat(page.locator("#import-button")).hasText("Import 3,000 learners");
        screenshot("10-import-preview");

        page.locator("#import-button").click();
        assertThat(page.locator("#import-summary")).containsText("Imported 3,000 learners into Fall 2026");
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Imported 3,000 learners");
        screenshot("11-import-done");

        page.navigate(url("cohorts/" + cohortId + "/import"));
        upload("several-problems.csv", CsvFiles.bytes("bad", "several-problems.csv", "learner.1" + CsvFiles.TEST_DOMAIN));
        assertThat(page.locator("#import-summary")).hasText("several-problems.csv: 9 problems found; fix the file and upload it again.");
        assertThat(page.locator("#import-problems")).containsText("already belongs to a learner in Cohort Desk");
        assertThat(page.locator("#import-button")).isDisabled();
        screenshot("12-import-problems");

        upload("latin-1.csv", CsvFiles.bytes("bad", "latin-1.csv", ""));
        assertThat(page.locator("#import-summary")).hasText("latin-1.csv: 1 problem found; fix the file and upload it again.");
    }
}
