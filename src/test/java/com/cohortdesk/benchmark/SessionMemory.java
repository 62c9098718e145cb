package com.cohortdesk.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Retained heap per signed-in staff UI (issue 15; not part of the test suite, run it with scripts/session-memory.sh).
 * Against a running app (the packaged jar in the dev profile, so there is demo data) it signs in five warm-up sessions
 * (so caches that every user shares are filled before the baseline), takes a class histogram after a full GC
 * ({@code jcmd PID GC.class_histogram}), then signs in N more Chromium contexts as the administrator; each visits,
 * inside one UI (client-side navigation), the learner roster scrolled through 10 pages, an offering roster, an
 * occurrence roster with attendance, the deadlines page, the heat map and the audit trail, and stays open on the last.
 * A second histogram gives (bytes at N+1 − bytes at 1) / N and the classes that grew most per session.
 *
 * <p>Arguments: {@code BASE_URL PID N REPORT_FILE}.
 */
public final class SessionMemory {

    private static final int WARM_UPS = 5;
    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final String base;
    private String offeringPath;
    private String occurrencePath;

    private SessionMemory(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var pid = args[1];
        int n = Integer.parseInt(args[2]);
        var report = Path.of(args[3]);
        var run = new SessionMemory(base);
        try (var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(chromium()))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-dev-shm-usage")));
            var contexts = new ArrayList<BrowserContext>();
            // Warm-up sessions first, so that what every user shares (caches, each pooled connection's prepared
            // statements, compiled templates) is filled before the baseline and not counted as a session's.
            contexts.add(run.session(browser, true));
            for (int i = 1; i < WARM_UPS; i++) contexts.add(run.session(browser, false));
            var before = histogram(pid);
            long started = System.nanoTime();
            for (int i = 1; i <= n; i++) {
                contexts.add(run.session(browser, false));
                if (i % 10 == 0)
                    System.out.printf(
                            "  %d sessions signed in (%d s)%n", i, (System.nanoTime() - started) / 1_000_000_000L);
            }
            var after = histogram(pid);
            var dump = System.getenv("SESSION_MEMORY_DUMP"); // a heap dump at the end, to see what the growth is
            if (dump != null && !dump.isBlank()) {
                new ProcessBuilder(jcmd(), pid, "GC.heap_dump", dump)
                        .inheritIO()
                        .start()
                        .waitFor();
            }
            var lines = new ArrayList<String>();
            long perSession = (after.total - before.total) / n;
            lines.add("Sessions: %d warm-up + %d measured; offering %s, occurrence %s"
                    .formatted(WARM_UPS, n, run.offeringPath, run.occurrencePath));
            lines.add("Heap after full GC: %,d bytes at %d sessions, %,d bytes at %d sessions"
                    .formatted(before.total, WARM_UPS, after.total, WARM_UPS + n));
            lines.add("Retained per signed-in staff UI: %,d bytes (%.1f KB; goal <= 150 KB)"
                    .formatted(perSession, perSession / 1024.0));
            // How many UIs and sessions each signed-in user keeps: one of each is expected, more means a UI (the
            // sign-in page's, a reloaded page's) outlives its page.
            lines.add("Per session: "
                    + String.join(
                            ", ",
                            Stream.of(
                                            "com.vaadin.flow.component.UI",
                                            "com.vaadin.flow.server.VaadinSession",
                                            "org.apache.catalina.session.StandardSession",
                                            "org.apache.tomcat.util.net.NioChannel")
                                    .map(c -> "%.1f %s"
                                            .formatted(
                                                    (after.count.getOrDefault(c, 0L) - before.count.getOrDefault(c, 0L))
                                                            / (double) n,
                                                    c.substring(c.lastIndexOf('.') + 1)))
                                    .toList()));
            lines.add("Classes that grew most, bytes per session:");
            var growth = new HashMap<String, Long>();
            after.bytes.forEach((k, v) -> growth.put(k, v - before.bytes.getOrDefault(k, 0L)));
            growth.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(30)
                    .forEach(e -> lines.add("  %,10d  %,8.1f instances  %s"
                            .formatted(
                                    e.getValue() / n,
                                    (after.count.getOrDefault(e.getKey(), 0L)
                                                    - before.count.getOrDefault(e.getKey(), 0L))
                                            / (double) n,
                                    e.getKey())));
            lines.forEach(System.out::println);
            Files.write(report, lines, StandardCharsets.UTF_8);
            for (var context : contexts) context.close();
            browser.close();
        }
    }

    /** One signed-in administrator visiting the heaviest pages inside one UI, left open on the last. */
    private BrowserContext session(Browser browser, boolean warmUp) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(180_000);
        var page = context.newPage();
        page.navigate(base + "login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill("admin-demo-password");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        if (warmUp) findPaths(page);
        go(page, "learners");
        page.locator("#learner-grid").waitFor();
        for (int p = 1; p <= 10; p++) {
            page.evaluate("i => document.querySelector('#learner-grid').scrollToIndex(i)", p * 50);
            settle(page, "#learner-grid");
        }
        go(page, offeringPath);
        go(page, occurrencePath);
        go(page, "deadlines");
        go(page, "deadlines/load");
        go(page, "audit");
        page.locator("#audit-grid").waitFor();
        settle(page, "#audit-grid");
        return context;
    }

    /** An offering and a past occurrence with attendance marks, from the demo data, found by the warm-up session. */
    private void findPaths(Page page) {
        page.navigate(base + "offerings");
        page.locator("vaadin-grid").first().waitFor();
        page.waitForTimeout(1000);
        for (int id = 1; id <= 400 && occurrencePath == null; id++) {
            page.navigate(base + "sessions/" + id);
            page.locator("vaadin-app-layout").waitFor();
            var counts = page.locator("#occurrence-counts");
            if (counts.count() > 0 && counts.innerText().matches("(?s).*[1-9]\\d* marked.*"))
                occurrencePath = "sessions/" + id;
        }
        for (int id = 1; id <= 50 && offeringPath == null; id++) {
            page.navigate(base + "offerings/" + id);
            page.locator("vaadin-app-layout").waitFor();
            if (page.locator("vaadin-grid").count() > 0) offeringPath = "offerings/" + id;
        }
        if (occurrencePath == null || offeringPath == null)
            throw new IllegalStateException("no demo offering/occurrence found");
        page.navigate(base);
        page.locator("vaadin-app-layout").waitFor();
    }

    /** Client-side navigation: the same UI, as when a user follows a link in the app. */
    private static void go(Page page, String path) {
        page.evaluate(
                "p => { const a = document.createElement('a'); a.href = p; a.setAttribute('router-link', '');"
                        + " document.body.appendChild(a); a.click(); a.remove(); }",
                path);
        page.waitForURL(u -> u.endsWith("/" + path));
        page.waitForLoadState();
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        page.waitForTimeout(300);
    }

    private static void settle(Page page, String grid) {
        page.waitForFunction(
                "s => { const g = document.querySelector(s); return g && !g.hasAttribute('loading'); }", grid);
        page.waitForTimeout(200);
    }

    private record Histogram(long total, Map<String, Long> bytes, Map<String, Long> count) {}

    /**
     * The smallest of three histograms a second apart, after two quiet seconds: what is retained is in all three, while
     * a browser's request in flight (a heartbeat, a late grid fetch) and its buffers are in one at most. A single
     * histogram put 64 to 163 KB per session of such byte[] into runs of the same code.
     */
    private static Histogram histogram(String pid) throws IOException, InterruptedException {
        Thread.sleep(2000);
        Histogram smallest = null;
        for (int i = 0; i < 3; i++) {
            if (i > 0) Thread.sleep(1000);
            var h = histogramOnce(pid);
            if (smallest == null || h.total < smallest.total) smallest = h;
        }
        return smallest;
    }

    /** jcmd GC.class_histogram runs a full GC first, so only reachable objects are counted. */
    private static Histogram histogramOnce(String pid) throws IOException, InterruptedException {
        var process = new ProcessBuilder(jcmd(), pid, "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IllegalStateException(text);
        var bytes = new HashMap<String, Long>();
        var count = new HashMap<String, Long>();
        long total = -1;
        for (var line : text.split("\n")) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                count.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
            }
            var t = TOTAL.matcher(line);
            if (t.find()) total = Long.parseLong(t.group(2));
        }
        if (total < 0) throw new IllegalStateException("no total in the histogram:\n" + text);
        return new Histogram(total, bytes, count);
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    private static String chromium() {
        for (var candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) return candidate;
        }
        throw new IllegalStateException("Chromium not found; scripts/ensure-chromium.sh installs it");
    }
}
