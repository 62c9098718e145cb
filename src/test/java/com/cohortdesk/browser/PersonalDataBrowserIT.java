package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Personal data page with more learners due than it shows whole: a grid that reads its pages as it scrolls. */
class PersonalDataBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<Map<String, Object>> changed = List.of();

    @AfterEach
    void putTheLearnersBack() {
        changed.forEach(
                row -> jdbc.update("update learner set ended_on = ? where id = ?", row.get("ended_on"), row.get("id")));
    }

    @Test
    void manyDueLearnersScrollInAPagedGrid() {
        changed = jdbc.queryForList(
                "select id, ended_on from learner where status in ('GRADUATED', 'WITHDRAWN') and erased_at is null "
                        + "and ended_on is not null order by id fetch first 80 rows only");
        changed.forEach(
                row -> jdbc.update("update learner set ended_on = date '2020-12-05' where id = ?", row.get("id")));

        signIn("admin", "admin-demo-password");
        page.navigate(url("privacy"));
        var due = page.locator("#privacy-due");
        assertThat(due).isVisible();
        assertThat(due).not().hasAttribute("all-rows-visible", "");
        assertThat(due.locator("vaadin-grid-cell-content a").first()).isVisible();
        screenshot("60-privacy-many-due");
        // the last rows arrive as the grid scrolls
        due.evaluate("grid => grid.scrollToIndex(79)");
        assertThat(due.locator("vaadin-grid-cell-content a").last()).isVisible();
        screenshot("61-privacy-many-due-scrolled");
    }
}
