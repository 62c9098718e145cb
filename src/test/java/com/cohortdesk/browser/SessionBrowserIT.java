package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.cohortdesk.session.RemovedMarks;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.OffsetDateTime;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue flow: faculty open this week's office hour and mark attendance on a tablet; an administrator plans a slot. */
class SessionBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void undoMarks() {
        RemovedMarks.delete(jdbc, "delete from session_attendance where marked_by = 'ada'");
    }

    @Test
    void facultyMarkAttendanceOnATablet() {
        signIn("ada", "faculty-demo-password");
        page.navigate(url("sessions"));
        assertThat(page.locator("#session-grid")).containsText("MLDS101 office hour");
        assertThat(page.locator("#session-grid")).not().containsText("MLDS102");
        page.locator(
                        "#session-grid vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Tue 24 Nov 2026, 18:00 UK"))
                .first()
                .click();
        page.waitForURL(u -> u.matches(".*/sessions/\\d+$"));
        screenshot("40-session-roster");

        page.setViewportSize(800, 1100);
        var rows = page.locator("#session-roster .attendance-buttons");
        rows.nth(0)
                .locator("vaadin-button", new Locator.LocatorOptions().setHasText("Present"))
                .click();
        assertThat(rows.nth(0).locator("vaadin-button.mark-present")).hasAttribute("aria-pressed", "true");
        rows.nth(1)
                .locator("vaadin-button", new Locator.LocatorOptions().setHasText("Late"))
                .click();
        assertThat(rows.nth(1).locator("vaadin-button.mark-late")).hasAttribute("aria-pressed", "true");
        rows.nth(2)
                .locator("vaadin-button", new Locator.LocatorOptions().setHasText("Absent"))
                .click();
        assertThat(rows.nth(2).locator("vaadin-button.mark-absent")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#occurrence-counts")).containsText("3 marked");
        screenshot("41-attendance-tablet-800");
        long marked = jdbc.queryForObject(
                "select count(*) from session_attendance a join session_occurrence o on o.id = a.occurrence_id "
                        + "where a.marked_by = 'ada' and o.starts_at = ?",
                Long.class,
                OffsetDateTime.parse("2026-11-24T18:00Z"));
        Assertions.assertThat(marked).isEqualTo(3);
    }

    @Test
    void administratorFindsTheBestSlotAndSeesAWaitingList() {
        signIn("admin", "admin-demo-password");
        page.navigate(url("sessions"));
        assertThat(page.locator("#session-grid")).containsText("Prof. Ben Carter");
        screenshot("42-all-sessions");
        page.locator("#open-planner").click();
        page.waitForURL(u -> u.contains("/planner"));
        page.locator("#planner-offering input").fill("MLDS101");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Fall 2026"))
                .first()
                .click();
        assertThat(page.locator("#planner-summary")).containsText("% of the learners' weeks (148 learners");
        assertThat(page.locator("#planner-best .planner-best-slot")).hasCount(3);
        screenshot("43-planner");

        long full = jdbc.queryForObject(
                "select o.id from session_occurrence o join live_session s on s.id = o.session_id "
                        + "join staff_user u on u.id = s.host_id where u.username = 'ada' and s.session_type = 'OFFICE_HOUR' and o.starts_at = ?",
                Long.class,
                OffsetDateTime.parse("2026-12-01T18:00Z"));
        page.navigate(url("sessions/" + full));
        assertThat(page.locator("#occurrence-counts")).containsText("6 of 6 places booked · 2 waiting");
        assertThat(page.locator("#session-roster")).containsText("Waiting #1");
        screenshot("44-waiting-list");
    }
}
