package com.cohortdesk.browser;

import com.cohortdesk.TestProfiles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the whole app on a random port, driven through Debian's Chromium by
 * Playwright. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** Console errors, CSP reports and uncaught page errors of every page of the test; one fails the test. */
    private final List<String> consoleProblems = new CopyOnWriteArrayList<>();

    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        context.setDefaultTimeout(30_000);
        // Assertions wait 5 s by default: too short for a server round trip on a 2-core CI machine at load 20.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        consoleProblems.clear();
        expectedConsoleErrors.clear();
        // On the context, so that every page of the test (popups and new tabs too) is watched.
        context.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.text().contains("Content Security Policy")) {
                consoleProblems.add(m.type() + ": " + m.text() + " (" + m.location() + ")");
            }
        });
        context.onWebError(e -> consoleProblems.add("page error: " + e.error()));
        page = context.newPage();
    }

    /** The browser the test runs in: a desktop window in London unless a test class says otherwise (a phone, say). */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions()
                .setViewportSize(1366, 850)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London");
    }

    @AfterEach
    void closePage() {
        try {
            var unexpected = consoleProblems.stream()
                    .filter(p -> expectedConsoleErrors.stream().noneMatch(p::contains))
                    .toList();
            Assertions.assertThat(unexpected)
                    .as("browser console errors, uncaught page errors and CSP violations")
                    .isEmpty();
        } finally {
            context.close();
        }
    }

    /** For a test that provokes a console error on purpose: errors containing the text do not fail it. */
    protected void expectConsoleError(String text) {
        expectedConsoleErrors.add(text);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form and waits for the dashboard. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    protected void screenshot(String name) {
        try {
            var dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            page.waitForLoadState();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path chromium() {
        for (var candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
        }
        throw new IllegalStateException(
                "Chromium not found; scripts/ensure-chromium.sh installs it (apt-get install chromium).");
    }
}
