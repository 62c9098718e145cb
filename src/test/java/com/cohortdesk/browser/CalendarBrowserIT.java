package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 flow: the calendar page with FullCalendar. The administrator switches month and week, finds a
 * known session and a known deadline on the right day in two viewer zones, switches to UK time and clicks
 * through to the roster; a member of faculty sees only their own sessions.
 */
class CalendarBrowserIT extends BrowserTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> consoleProblems = new ArrayList<>();

    private long officeHour() {
        return jdbc.queryForObject("""
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = 'ada' and s.session_type = 'OFFICE_HOUR' and o.starts_at = ?""", Long.class, OffsetDateTime.parse("2026-11-24T18:00:00Z"));
    }

    /** A deadline of the week of 23 November whose day differs between London and Kiritimati. */
    private Map<String, Object> deadline() {
        return jdbc
                .queryForList("""
                select a.id, a.due_at from assessment a where a.due_at >= ? and a.due_at < ? order by a.due_at, a.id""", OffsetDateTime.parse("2026-11-23T00:00Z"), OffsetDateTime.parse("2026-11-30T00:00Z"))
                .stream()
                .filter(r -> {
                    var due = due(r);
                    return !LocalDate.ofInstant(due, LONDON).equals(LocalDate.ofInstant(due, KIRITIMATI));
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no deadline in the demo week that changes day across zones"));
    }

    private static Instant due(Map<String, Object> row) {
        var value = row.get("DUE_AT") != null ? row.get("DUE_AT") : row.get("due_at");
        if (value instanceof OffsetDateTime odt) return odt.toInstant();
        if (value instanceof Timestamp ts) return ts.toInstant();
        return Instant.parse(value.toString());
    }

    private static long id(Map<String, Object> row) {
        return ((Number) (row.get("ID") != null ? row.get("ID") : row.get("id"))).longValue();
    }

    private void watchConsole() {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.text().contains("Content Security Policy")) consoleProblems.add(m.text());
        });
        page.onPageError(consoleProblems::add);
    }

    private void useZone(String zone) {
        context.close();
        context = context.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 850)
                        .setLocale("en-GB")
                        .setTimezoneId(zone));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        watchConsole();
    }

    private void openCalendar() {
        page.navigate(url("calendar"));
        page.locator("#calendar .fc-daygrid-day").first().waitFor();
    }

    private Locator monthDay(LocalDate day, String eventId) {
        return page.locator("#calendar td.fc-daygrid-day[data-date='" + day + "'] [data-event-id='" + eventId + "']");
    }

    @Test
    void administratorSeesSessionsAndDeadlinesOnTheRightDayInTwoZonesAndOpensTheRoster() {
        watchConsole();
        long office = officeHour();
        var deadline = deadline();
        String deadlineId = "d-" + id(deadline);
        signIn("admin", "admin-demo-password");
        openCalendar();
        assertThat(page.locator("#calendar .fc-toolbar-title")).hasText("November 2026");
        assertThat(monthDay(LocalDate.parse("2026-11-24"), "o-" + office)).isVisible();
        assertThat(monthDay(LocalDate.ofInstant(due(deadline), LONDON), deadlineId))
                .isVisible();
        screenshot("60-calendar-month");

        page.locator("#calendar .fc-timeGridWeek-button").click();
        assertThat(page.locator(
                        "#calendar td.fc-timegrid-col[data-date='2026-11-24'] [data-event-id='o-" + office + "']"))
                .isVisible();
        assertThat(page.locator("#calendar [data-event-id='o-" + office + "'] .fc-event-time"))
                .containsText("18:00");
        screenshot("61-calendar-week");
        page.locator("#calendar .fc-listWeek-button").click();
        assertThat(page.locator("#calendar .fc-list")).containsText("MLDS101 office hour");
        page.locator("#calendar .fc-dayGridMonth-button").click();
        assertThat(monthDay(LocalDate.parse("2026-11-24"), "o-" + office)).isVisible();

        // Another viewer zone: Kiritimati is 14 hours ahead, so both move to the next day
        useZone("Pacific/Kiritimati");
        signIn("admin", "admin-demo-password");
        openCalendar();
        assertThat(monthDay(LocalDate.parse("2026-11-25"), "o-" + office)).isVisible();
        assertThat(page.locator("#calendar [data-event-id='o-" + office + "'] .fc-event-time"))
                .containsText("08:00");
        assertThat(monthDay(LocalDate.ofInstant(due(deadline), KIRITIMATI), deadlineId))
                .isVisible();
        screenshot("62-calendar-kiritimati");
        // ... and back on the UK day with the switch to UK time
        page.locator("#calendar-zone vaadin-radio-button", new Page.LocatorOptions().setHasText("UK time"))
                .click();
        assertThat(monthDay(LocalDate.parse("2026-11-24"), "o-" + office)).isVisible();
        assertThat(page.locator("#calendar [data-event-id='o-" + office + "'] .fc-event-time"))
                .containsText("18:00");
        page.waitForURL(u -> u.endsWith("/calendar?zone=uk"));

        monthDay(LocalDate.parse("2026-11-24"), "o-" + office).click();
        page.waitForURL(u -> u.endsWith("/sessions/" + office));
        assertThat(page.locator("#session-roster")).isVisible();
        Assertions.assertThat(consoleProblems)
                .as("browser console errors, including CSP violations")
                .isEmpty();
    }

    @Test
    void facultySeeOnlyTheSessionsTheyHost() {
        watchConsole();
        signIn("ada", "faculty-demo-password");
        openCalendar();
        long office = officeHour();
        assertThat(monthDay(LocalDate.parse("2026-11-24"), "o-" + office)).isVisible();
        page.locator("#calendar .fc-timeGridWeek-button").click();
        assertThat(page.locator(
                        "#calendar td.fc-timegrid-col[data-date='2026-11-24'] [data-event-id='o-" + office + "']"))
                .isVisible();
        page.locator("#calendar .fc-dayGridMonth-button").click();
        var adas = new HashSet<>(jdbc.queryForList(
                """
                select o.id from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username = 'ada' and o.starts_at >= ? and o.starts_at < ?""", Long.class, OffsetDateTime.parse("2026-10-26T00:00Z"), OffsetDateTime.parse("2026-12-07T00:00Z")));
        assertThat(page.locator("#calendar td.fc-daygrid-day [data-event-id^='o-']"))
                .hasCount(adas.size());
        var shown = new HashSet<Long>();
        for (var id : page.locator("#calendar [data-event-id^='o-']")
                .evaluateAll("els => els.map(e => e.getAttribute('data-event-id'))")
                .toString()
                .replaceAll("[\\[\\] ]", "")
                .split(",")) {
            shown.add(Long.parseLong(id.substring(2)));
        }
        Assertions.assertThat(shown).isNotEmpty().isEqualTo(adas);
        long others = jdbc.queryForObject(
                """
                select count(*) from session_occurrence o join live_session s on s.id = o.session_id join staff_user u on u.id = s.host_id
                where u.username <> 'ada' and o.starts_at >= ? and o.starts_at < ?""", Long.class, OffsetDateTime.parse("2026-10-26T00:00Z"), OffsetDateTime.parse("2026-12-07T00:00Z"));
        Assertions.assertThat(others)
                .as("the demo has other hosts' sessions that month")
                .isPositive();
        screenshot("63-calendar-faculty");
        Assertions.assertThat(consoleProblems)
                .as("browser console errors, including CSP violations")
                .isEmpty();
    }
}
