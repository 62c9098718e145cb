package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.TestProfiles;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in form over real HTTP (same context as the browser tests): the CSRF token it needs, the
 * session cookie's attributes, a burst of wrong passwords that must not take the server's threads, and
 * X-Forwarded-For from an address that is not a trusted proxy (by default none is).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SignInOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginAttempts attempts;

    @AfterEach
    void restore() {
        jdbc.update("update staff_user set failed_logins = 0, locked_until = null");
        attempts.forgetThrottle();
    }

    private String lastAddress(String actor) {
        return jdbc.queryForObject(
                "select remote_address from audit_entry where actor = ? order by id desc fetch first 1 rows only",
                String.class,
                actor);
    }

    @Test
    void theLoginFormNeedsTheTokenItsPageCarries() throws Exception {
        var browser = new HttpLoginClient(port);
        browser.openLoginPage();
        var withoutToken = browser.client.send(
                browser.signInRequest("ben", "faculty-demo-password", false), HttpResponse.BodyHandlers.ofString());
        // Refused with 403; Tomcat's error dispatch for it sends the anonymous browser back to the login page.
        assertThat(withoutToken.statusCode())
                .as("POST /login without the CSRF token")
                .isIn(302, 403);
        if (withoutToken.statusCode() == 302) {
            assertThat(withoutToken.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(browser.get("/").headers().firstValue("Location"))
                .as("not signed in")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        var withToken = browser.signIn("ben", "faculty-demo-password");
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(browser.get("/").statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var page = new HttpLoginClient(port).get("/login");
        var cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie)
                .as("no Secure flag on the plain-http dev/test run (on by default in prod)")
                .doesNotContain("Secure");
    }

    @Test
    void twoHundredParallelWrongPasswordsDoNotKeepOthersFromTheLoginPage() throws Exception {
        var attacker = new HttpLoginClient(port);
        attacker.openLoginPage();
        var burst = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 200; i++) burst.add(attacker.signInAsync("elena", "wrong-password-" + i));
        var colleague = new HttpLoginClient(port);
        var took = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            var page = colleague.get("/login");
            took.add((System.nanoTime() - started) / 1_000_000);
            assertThat(page.statusCode()).isEqualTo(200);
        }
        // The median of five, so that one scheduling hiccup of a loaded 2-core machine does not decide it.
        assertThat(took.stream().sorted().toList().get(2))
                .as("GET /login during the burst, ms: " + took)
                .isLessThan(1000);
        for (var response : burst) {
            var answer = response.get();
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'elena' and details = "
                                + "'Sign-in refused: SignInThrottledException'",
                        Integer.class))
                .as("most were refused unchecked")
                .isGreaterThan(150);
    }

    @Test
    void xForwardedForFromAnUntrustedAddressIsIgnored() throws Exception {
        var client = new HttpLoginClient(port);
        client.openLoginPage();
        client.signIn("xff-probe", "wrong-password", "X-Forwarded-For", "203.0.113.9");
        assertThat(lastAddress("xff-probe")).isEqualTo("127.0.0.1");
        var page = client.get("/login", "X-Forwarded-Proto", "https");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("not https")
                .isEmpty();
    }
}
