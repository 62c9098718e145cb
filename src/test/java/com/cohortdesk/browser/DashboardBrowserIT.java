package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the charts render on a canvas (pixels drawn) with the figures the "Show data" tables hold, follow the
 * theme from light to dark, and redraw when the cohort filter changes; faculty see their week with its chart.
 */
class DashboardBrowserIT extends BrowserTest {

    private static final List<String> CHARTS = List.of(
            "learners-by-status",
            "attendance-by-module",
            "deadlines-per-week",
            "learners-by-offset",
            "places-per-module");

    /** How many pixels of the chart's canvas are not transparent. */
    private long paintedPixels(String id) {
        return ((Number) page.evaluate("""
                (id) => {
                  const canvas = document.querySelector('#chart-canvas-' + id + ' canvas');
                  if (!canvas || !canvas.width || !canvas.height) return 0;
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let painted = 0;
                  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
                  return painted;
                }""", id)).longValue();
    }

    /** The figures Chart.js draws: per dataset, its values as the table prints them ("–" for none). */
    @SuppressWarnings("unchecked")
    private List<List<String>> drawnFigures(String id) {
        return (List<List<String>>) page.evaluate("""
                (id) => {
                  const chart = document.querySelector('#chart-canvas-' + id)._chart;
                  return chart.data.datasets.map(d => d.data.map(v => v === null ? '–' : String(Math.round(v * 10) / 10)));
                }""", id);
    }

    /**
     * The chart's drawn figures equal its table's. The element redraws whenever the server sends new figures, so this
     * polls (up to 20 s) until the two agree and only then fails with both sides.
     */
    private void assertDrawnMatchesTable(String id, String what) {
        var deadline = System.nanoTime() + 20_000_000_000L;
        List<List<String>> drawn = drawnFigures(id);
        List<List<String>> table = tableFigures(id);
        while (!drawn.equals(table) && System.nanoTime() < deadline) {
            page.waitForTimeout(200);
            drawn = drawnFigures(id);
            table = tableFigures(id);
        }
        assertThat(drawn).as(what).isEqualTo(table);
    }

    /** The "Show data" table: per series column, its cells without the details in brackets. */
    private List<List<String>> tableFigures(String id) {
        var rows = page.locator("#chart-data-" + id + " tbody tr");
        int series = page.locator("#chart-data-" + id + " thead th").count() - 1;
        var columns = new ArrayList<List<String>>();
        for (int s = 0; s < series; s++) columns.add(new ArrayList<>());
        for (int r = 0; r < rows.count(); r++) {
            var cells = rows.nth(r).locator("td");
            for (int s = 0; s < series; s++)
                columns.get(s)
                        .add(cells.nth(s)
                                .innerText()
                                .replaceAll(" \\(.*\\)$", "")
                                .strip());
        }
        return columns;
    }

    private String textColour(String id) {
        return (String) page.evaluate("(id) => document.querySelector('#chart-canvas-' + id)._chart.options.color", id);
    }

    @Test
    void theAdministratorsChartsRenderWithTheFiguresOfTheirTablesInLightAndDarkAndFollowTheCohortFilter() {
        signIn("admin", "admin-demo-password");
        // the eight built-in kinds the demo data produces (other features' lines depend on what earlier tests did)
        assertThat(page.locator("#needs-attention li:not([data-kind=notice-failed]):not([data-kind=erasure-due])"))
                .hasCount(8);
        page.locator("#chart-canvas-learners-by-status canvas").waitFor();
        screenshot("dashboard-admin-needs-attention");
        for (var id : CHARTS) {
            page.locator("#chart-canvas-" + id + " canvas").waitFor();
            page.waitForFunction("(id) => document.querySelector('#chart-canvas-' + id)._chart", id);
            assertThat(paintedPixels(id)).as(id + " painted").isGreaterThan(1000);
            page.locator("#chart-toggle-" + id).click();
            assertThat(page.locator("#chart-data-" + id + " table")).isVisible();
            assertDrawnMatchesTable(id, id);
            assertThat(page.locator("#chart-toggle-" + id)).hasAttribute("aria-expanded", "true");
        }
        assertThat(page.locator("#chart-csv-learners-by-status")).hasAttribute("download", "");
        page.locator("#chart-learners-by-status").scrollIntoViewIfNeeded();
        screenshot("dashboard-admin-light");

        var light = textColour("learners-by-status");
        page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
        page.waitForFunction(
                "(c) => document.querySelector('#chart-canvas-learners-by-status')._chart.options.color !== c", light);
        assertThat(textColour("learners-by-status")).isNotEqualTo(light);
        assertThat(paintedPixels("learners-by-status")).isGreaterThan(1000);
        page.locator("#chart-attendance-by-module").scrollIntoViewIfNeeded();
        screenshot("dashboard-admin-dark");
        page.evaluate("() => document.documentElement.removeAttribute('theme')");

        // One cohort: the stacked bars have one bar and the table one row, still matching.
        var cohort = page.locator("#chart-cohort");
        cohort.locator("input").fill("Fall 2026");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Fall 2026"))
                .first()
                .click();
        assertThat(page.locator("#chart-data-learners-by-status tbody tr")).hasCount(1);
        page.waitForFunction(
                "() => document.querySelector('#chart-canvas-learners-by-status')._chart.data.labels.length === 1");
        for (var id : CHARTS) {
            if (page.locator("#chart-canvas-" + id + "[hidden]").count() > 0) continue;
            assertDrawnMatchesTable(id, id + " for Fall 2026");
        }
        screenshot("dashboard-admin-fall-2026");
    }

    @Test
    void facultySeeTheirWeekAndTheirAttendanceChart() {
        signIn("ada", "faculty-demo-password");
        assertThat(page.locator("#my-week-sessions")).containsText("MLDS101 office hour");
        assertThat(page.locator("#my-week-sessions")).containsText("6 of 6 booked, 2 waiting");
        page.locator("#chart-canvas-my-attendance canvas").waitFor();
        screenshot("dashboard-faculty-top");
        page.waitForFunction("() => document.querySelector('#chart-canvas-my-attendance')._chart");
        assertThat(paintedPixels("my-attendance")).isGreaterThan(500);
        page.locator("#chart-toggle-my-attendance").click();
        assertDrawnMatchesTable("my-attendance", "my-attendance");
        screenshot("dashboard-faculty-my-week");
        page.locator("#my-week-sessions a")
                .filter(new Locator.FilterOptions().setHasText("Roster and attendance"))
                .first()
                .click();
        page.waitForURL(u -> u.matches(".*/sessions/\\d+$"));
    }
}
