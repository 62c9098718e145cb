package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.TestProfiles;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a TLS-terminating proxy (COHORTDESK_TRUSTED_PROXIES, here 127.0.0.1): the audit trail and the
 * sign-in throttle see the client the proxy names, the proxy's https makes the request secure (HSTS), and
 * the same headers from any other address (127.0.0.2) are ignored.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
@ActiveProfiles(resolver = TestProfiles.class)
class TrustedProxyIT {

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

    private String lastDetails(String actor) {
        return jdbc.queryForObject(
                "select details from audit_entry where actor = ? order by id desc fetch first 1 rows only",
                String.class,
                actor);
    }

    @Test
    void theAuditTrailSeesTheClientThatTheTrustedProxyNames() throws Exception {
        var proxy = new HttpLoginClient(port, InetAddress.getByName("127.0.0.1"));
        proxy.openLoginPage();
        proxy.signIn("proxy-probe", "wrong-password", "X-Forwarded-For", "203.0.113.9");
        assertThat(lastAddress("proxy-probe")).isEqualTo("203.0.113.9");

        var stranger = new HttpLoginClient(port, InetAddress.getByName("127.0.0.2"));
        stranger.openLoginPage();
        stranger.signIn("proxy-probe", "wrong-password", "X-Forwarded-For", "198.51.100.7");
        assertThat(lastAddress("proxy-probe"))
                .as("not a trusted proxy: its X-Forwarded-For is ignored")
                .isEqualTo("127.0.0.2");
    }

    @Test
    void theThrottleSeesEachClientBehindTheProxy() throws Exception {
        var proxy = new HttpLoginClient(port, InetAddress.getByName("127.0.0.1"));
        proxy.openLoginPage();
        // An unknown username: the lockout of a real account would answer first.
        for (int i = 1; i <= 4; i++)
            proxy.signIn("ghost-behind-proxy", "wrong-password-" + i, "X-Forwarded-For", "203.0.113.20");
        proxy.signIn("ghost-behind-proxy", "wrong-password-5", "X-Forwarded-For", "203.0.113.20");
        assertThat(lastDetails("ghost-behind-proxy"))
                .as("the same client, too early")
                .isEqualTo("Sign-in refused: SignInThrottledException");
        proxy.signIn("ghost-behind-proxy", "wrong-password-6", "X-Forwarded-For", "203.0.113.21");
        assertThat(lastDetails("ghost-behind-proxy"))
                .as("another client behind the same proxy")
                .isEqualTo("Sign-in refused: BadCredentialsException");
    }

    @Test
    void httpsAtTheTrustedProxyMakesTheRequestSecureAndOnlyThere() throws Exception {
        var proxy = new HttpLoginClient(port, InetAddress.getByName("127.0.0.1"));
        var secure = proxy.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        var stranger = new HttpLoginClient(port, InetAddress.getByName("127.0.0.2"));
        var spoofed = stranger.get("/login", "X-Forwarded-Proto", "https");
        assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
