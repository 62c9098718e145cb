package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.audit.AuditFilter;
import com.cohortdesk.audit.AuditService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in through Spring Security's real filter chain (MockMvc): CSRF, lockout (also under parallel
 * attempts), throttling, one-time passwords, session id and session ending.
 */
@IntegrationTest
class LoginSecurityIT {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z"); // cohortdesk.clock.fixed

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staff;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SessionRegistry registry;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void restoreDemoAccounts() {
        jdbc.update(
                "update staff_user set failed_logins = 0, locked_until = null, enabled = (username <> 'grace')"); // the
        // demo's departed host stays disabled
        attempts.forgetThrottle();
    }

    private void restorePassword(String username, String password) {
        jdbc.update(
                "update staff_user set password_hash = ?, password_change_required = false, password_expires_at = null "
                        + "where username = ?",
                encoder.encode(password),
                username);
    }

    private int audited(String actor, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = ?", Integer.class, actor, action);
    }

    private String lastFailure(String actor) {
        return jdbc.queryForObject(
                "select details from audit_entry where actor = ? and action = 'LOGIN_FAILED' order by id desc "
                        + "fetch first 1 rows only",
                String.class,
                actor);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult signIn(String username, String password, String address, MockHttpSession session)
            throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .session(session)
                        .with(from(address)))
                .andReturn();
    }

    private <T> T asAdmin(Supplier<T> work) {
        return as("admin", work);
    }

    private <T> T as(String username, Supplier<T> work) {
        var user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
        var session = new MockHttpSession();
        var result = mvc.perform(post("/login")
                        .param("username", "ben")
                        .param("password", "faculty-demo-password")
                        .session(session)
                        .with(from("10.0.0.7")))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as("login CSRF: another site cannot sign a browser in")
                .isEqualTo(403);
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        var wrongToken = mvc.perform(post("/login")
                        .param("username", "ben")
                        .param("password", "faculty-demo-password")
                        .with(csrf().useInvalidToken())
                        .session(new MockHttpSession())
                        .with(from("10.0.0.7")))
                .andReturn();
        assertThat(wrongToken.getResponse().getStatus()).isEqualTo(403);
        assertThat(signIn("ben", "faculty-demo-password", "10.0.0.7", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .as("with the token")
                .isEqualTo("/");
    }

    @Test
    void thirtyParallelWrongPasswordsLockTheAccountOnceAndTheRightPasswordIsThenRefused() throws Exception {
        int lockoutsBefore = audited("ada", "ACCOUNT_LOCKED");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(30);
        try {
            var results = new ArrayList<Future<MvcResult>>();
            for (int i = 0; i < 30; i++) {
                var address = "10.0.7." + (i + 1); // many addresses: the throttle does not stop them, the lockout must
                var password = "wrong-password-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return signIn("ada", password, address, new MockHttpSession());
                }));
            }
            start.countDown();
            for (var result : results)
                assertThat(result.get().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        } finally {
            pool.shutdown();
        }
        var rightPassword = signIn("ada", "faculty-demo-password", "10.0.7.100", new MockHttpSession());
        assertThat(rightPassword.getResponse().getRedirectedUrl())
                .as("the account is locked")
                .isEqualTo("/login?error");
        assertThat(lastFailure("ada")).isEqualTo("Sign-in refused: LockedException");
        assertThat(audited("ada", "ACCOUNT_LOCKED") - lockoutsBefore)
                .as("one lockout")
                .isOne();
        assertThat(jdbc.queryForObject(
                                "select locked_until from staff_user where username = 'ada'", OffsetDateTime.class)
                        .toInstant())
                .isEqualTo(NOW.plus(LoginLockout.LOCK_DURATION));
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        var session = new MockHttpSession();
        var before = session.getId();
        var result = signIn("ben", "faculty-demo-password", "10.0.1.1", session);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession(false).getId())
                .as("session fixation protection")
                .isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesWithTheSameAnswerAsAnUnknownUser() throws Exception {
        for (int i = 1; i <= 5; i++) {
            var result = signIn("chen", "wrong-password-" + i, "10.0.2." + i, new MockHttpSession());
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForObject(
                                "select locked_until from staff_user where username = 'chen'", OffsetDateTime.class)
                        .toInstant())
                .isEqualTo(NOW.plusSeconds(15 * 60));
        var correctButLocked = signIn("chen", "faculty-demo-password", "10.0.2.9", new MockHttpSession());
        var unknownUser = signIn("nobody-at-all", "faculty-demo-password", "10.0.2.10", new MockHttpSession());
        assertThat(correctButLocked.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error")
                .isEqualTo(unknownUser.getResponse().getRedirectedUrl());
        assertThat(asAdmin(() -> staff.listStaff()).stream()
                        .filter(s -> s.username().equals("chen"))
                        .findFirst()
                        .orElseThrow()
                        .locked())
                .isTrue();
        var entries = asAdmin(() -> audit.search(new AuditFilter("chen", null, null, null, null), 0, 20));
        assertThat(entries).extracting(e -> e.action()).contains("ACCOUNT_LOCKED", "LOGIN_FAILED");
        assertThat(entries)
                .filteredOn(e -> e.action().equals("LOGIN_FAILED"))
                .extracting(e -> e.details())
                .contains("Sign-in refused: BadCredentialsException", "Sign-in refused: LockedException");
    }

    @Test
    void aSuccessfulSignInClearsTheCount() throws Exception {
        signIn("divya", "wrong-password-1", "10.0.3.1", new MockHttpSession());
        assertThat(jdbc.queryForObject("select failed_logins from staff_user where username = 'divya'", Integer.class))
                .isOne();
        signIn("divya", "faculty-demo-password", "10.0.3.1", new MockHttpSession());
        assertThat(jdbc.queryForObject("select failed_logins from staff_user where username = 'divya'", Integer.class))
                .isZero();
    }

    @Test
    void anAttemptBeforeTheDelayIsRefusedAtOnceWithoutCheckingEvenTheRightPassword() throws Exception {
        for (int i = 1; i <= 4; i++) signIn("divya", "wrong-password-" + i, "10.0.4.1", new MockHttpSession());
        long started = System.nanoTime();
        var tooEarly = signIn("divya", "faculty-demo-password", "10.0.4.1", new MockHttpSession());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(tooEarly.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(lastFailure("divya")).isEqualTo("Sign-in refused: SignInThrottledException");
        assertThat(tookMillis)
                .as("no request thread waits for the delay (250 ms after the 4th failure)")
                .isLessThan(250);
        assertThat(jdbc.queryForObject("select failed_logins from staff_user where username = 'divya'", Integer.class))
                .as("the refused attempt was not checked")
                .isEqualTo(4);
        assertThat(signIn("divya", "faculty-demo-password", "10.0.4.2", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .as("from another address")
                .isEqualTo("/");
        Thread.sleep(300);
        assertThat(signIn("divya", "faculty-demo-password", "10.0.4.1", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .as("once the delay has passed")
                .isEqualTo("/");
    }

    @Test
    void aSuccessForAnotherUsernameDoesNotLiftTheDelay() throws Exception {
        // Guesses at one username (unknown here, so no lockout gets in the way) until the pair waits 2 s.
        for (int i = 1; i <= 4; i++) signIn("someone-else", "wrong-password-" + i, "10.0.4.3", new MockHttpSession());
        for (long wait : new long[] {300, 550, 1050}) {
            Thread.sleep(wait);
            signIn("someone-else", "wrong-password-" + wait, "10.0.4.3", new MockHttpSession());
            assertThat(lastFailure("someone-else")).isEqualTo("Sign-in refused: BadCredentialsException");
        }
        assertThat(signIn("farid", "faculty-demo-password", "10.0.4.3", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .as("the guesser's own account, same address")
                .isEqualTo("/");
        assertThat(signIn("someone-else", "another-guess", "10.0.4.3", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(lastFailure("someone-else"))
                .as("the pair (address, someone-else) still waits")
                .isEqualTo("Sign-in refused: SignInThrottledException");
    }

    @Test
    void aOneTimePasswordSignsInOnceAndOnlyWithinItsValidity() throws Exception {
        long faridId = asAdmin(() -> staff.listStaff()).stream()
                .filter(s -> s.username().equals("farid"))
                .findFirst()
                .orElseThrow()
                .id();
        try {
            var issued = asAdmin(() -> staff.resetPassword(faridId));
            assertThat(jdbc.queryForObject(
                                    "select password_expires_at from staff_user where username = 'farid'",
                                    OffsetDateTime.class)
                            .toInstant())
                    .as("cohortdesk.login.one-time-password-validity")
                    .isEqualTo(NOW.plus(Duration.ofHours(72)));
            assertThat(signIn("farid", issued.oneTimePassword(), "10.0.8.1", new MockHttpSession())
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/");
            assertThat(signIn("farid", issued.oneTimePassword(), "10.0.8.2", new MockHttpSession())
                            .getResponse()
                            .getRedirectedUrl())
                    .as("used once")
                    .isEqualTo("/login?error");
            assertThat(lastFailure("farid")).isEqualTo("Sign-in refused: CredentialsExpiredException");

            var again = asAdmin(() -> staff.resetPassword(faridId));
            jdbc.update(
                    "update staff_user set password_expires_at = ? where username = 'farid'",
                    Timestamp.from(NOW)); // 72 hours have passed
            assertThat(signIn("farid", again.oneTimePassword(), "10.0.8.3", new MockHttpSession())
                            .getResponse()
                            .getRedirectedUrl())
                    .as("expired")
                    .isEqualTo("/login?error");
            assertThat(lastFailure("farid")).isEqualTo("Sign-in refused: CredentialsExpiredException");
        } finally {
            restorePassword("farid", "faculty-demo-password");
        }
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessions() throws Exception {
        var here = (MockHttpSession) signIn("ben", "faculty-demo-password", "10.0.9.1", new MockHttpSession())
                .getRequest()
                .getSession(false);
        var elsewhere = (MockHttpSession) signIn("ben", "faculty-demo-password", "10.0.9.2", new MockHttpSession())
                .getRequest()
                .getSession(false);
        var request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(as("ben", () -> staff.changeOwnPassword("faculty-demo-password", "a quiet river at dawn")))
                    .isOne();
        } finally {
            RequestContextHolder.resetRequestAttributes();
            restorePassword("ben", "faculty-demo-password");
        }
        assertThat(mvc.perform(get("/actuator/health").session(elsewhere))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the other session is ended")
                .isEqualTo("/login");
        assertThat(mvc.perform(get("/actuator/health").session(here))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("this one stays")
                .isNull();
    }

    @Test
    void sessionsEndedOnAnotherNodeEndAtTheirNextRequestHereAndANewSignInWorks() throws Exception {
        var session = (MockHttpSession) signIn("elena", "faculty-demo-password", "10.0.10.1", new MockHttpSession())
                .getRequest()
                .getSession(false);
        assertThat(mvc.perform(get("/actuator/health").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isNull();
        try {
            // another node ended elena's sessions: only the marker reaches this node, its registry knows nothing of it
            jdbc.update(
                    "update staff_user set sessions_ended_at = ? where username = 'elena'",
                    Timestamp.from(Instant.now()));
            assertThat(mvc.perform(get("/actuator/health").session(session))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .as("signed out at the next request")
                    .isEqualTo("/login");
            var again = (MockHttpSession) signIn("elena", "faculty-demo-password", "10.0.10.2", new MockHttpSession())
                    .getRequest()
                    .getSession(false);
            assertThat(mvc.perform(get("/actuator/health").session(again))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .as("a session signed in after the marker stays")
                    .isNull();
            registry.removeSessionInformation(again.getId());
        } finally {
            jdbc.update("update staff_user set sessions_ended_at = null where username = 'elena'");
        }
    }

    @Test
    void endingSessionsRecordsTheTimeForTheOtherNodes() throws Exception {
        long elenaId = asAdmin(() -> staff.listStaff()).stream()
                .filter(s -> s.username().equals("elena"))
                .findFirst()
                .orElseThrow()
                .id();
        var before = Instant.now();
        asAdmin(() -> staff.endSessions(elenaId));
        assertThat(asAdmin(() -> audit.search(AuditFilter.forEntity("StaffUser", String.valueOf(elenaId)), 0, 5)))
                .as("in the audit trail, by the administrator")
                .anySatisfy(e -> {
                    assertThat(e.details()).contains("sessionsEndedAt");
                    assertThat(e.actor()).isEqualTo("admin");
                });
        assertThat(jdbc.queryForObject(
                                "select sessions_ended_at from staff_user where id = ?", OffsetDateTime.class, elenaId)
                        .toInstant())
                .isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
    }

    @Test
    void anAdministratorEndsAnotherUsersSessions() throws Exception {
        var session = (MockHttpSession) signIn("elena", "faculty-demo-password", "10.0.5.1", new MockHttpSession())
                .getRequest()
                .getSession(false);
        assertThat(mvc.perform(get("/actuator/health").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isNull();
        long elenaId = asAdmin(() -> staff.listStaff()).stream()
                .filter(s -> s.username().equals("elena"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(asAdmin(() -> staff.activeSessions(elenaId))).isEqualTo(1);
        assertThat(asAdmin(() -> staff.endSessions(elenaId))).isEqualTo(1);
        assertThat(mvc.perform(get("/actuator/health").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login");
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        var session = (MockHttpSession) signIn("farid", "faculty-demo-password", "10.0.6.1", new MockHttpSession())
                .getRequest()
                .getSession(false);
        var farid = asAdmin(() -> staff.listStaff()).stream()
                .filter(s -> s.username().equals("farid"))
                .findFirst()
                .orElseThrow();
        asAdmin(() -> staff.setEnabled(farid.id(), farid.version(), false));
        assertThat(mvc.perform(get("/actuator/health").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(signIn("farid", "faculty-demo-password", "10.0.6.1", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        var disabled = asAdmin(() -> staff.get(farid.id()));
        asAdmin(() -> staff.setEnabled(farid.id(), disabled.version(), true));
    }
}
