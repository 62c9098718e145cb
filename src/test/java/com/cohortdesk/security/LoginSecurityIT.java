package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.audit.AuditFilter;
import com.cohortdesk.audit.AuditService;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in through Spring Security's real filter chain (MockMvc): lockout, throttling, session id and session ending. */
@IntegrationTest
class LoginSecurityIT {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z"); // cohortdesk.clock.fixed

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired StaffService staff;
    @Autowired AuditService audit;
    @Autowired UserDetailsService userDetails;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void restoreDemoAccounts() {
        jdbc.update("update staff_user set failed_logins = 0, locked_until = null, enabled = true");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult signIn(String username, String password, String address, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .session(session).with(from(address))).andReturn();
    }

    private <T> T asAdmin(Supplier<T> work) {
        var admin = userDetails.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        var session = new MockHttpSession();
        var before = session.getId();
        var result = signIn("ben", "faculty-demo-password", "10.0.1.1", session);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession(false).getId()).as("session fixation protection").isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesWithTheSameAnswerAsAnUnknownUser() throws Exception {
        for (int i = 1; i <= 5; i++) {
            var result = signIn("chen", "wrong-password-" + i, "10.0.2." + i, new MockHttpSession());
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForObject("select locked_until from staff_user where username = 'chen'", java.time.OffsetDateTime.class)
                .toInstant()).isEqualTo(NOW.plusSeconds(15 * 60));
        var correctButLocked = signIn("chen", "faculty-demo-password", "10.0.2.9", new MockHttpSession());
        var unknownUser = signIn("nobody-at-all", "faculty-demo-password", "10.0.2.10", new MockHttpSession());
        assertThat(correctButLocked.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
                .isEqualTo(unknownUser.getResponse().getRedirectedUrl());
        assertThat(asAdmin(() -> staff.listStaff()).stream().filter(s -> s.username().equals("chen")).findFirst().orElseThrow().locked())
                .isTrue();
        var entries = asAdmin(() -> audit.search(new AuditFilter("chen", null, null, null, null), 0, 20));
        assertThat(entries).extracting(e -> e.action()).contains("ACCOUNT_LOCKED", "LOGIN_FAILED");
        assertThat(entries).filteredOn(e -> e.action().equals("LOGIN_FAILED")).extracting(e -> e.details())
                .contains("Sign-in refused: BadCredentialsException", "Sign-in refused: LockedException");
    }

    @Test
    void aSuccessfulSignInClearsTheCount() throws Exception {
        signIn("divya", "wrong-password-1", "10.0.3.1", new MockHttpSession());
        assertThat(jdbc.queryForObject("select failed_logins from staff_user where username = 'divya'", Integer.class)).isOne();
        signIn("divya", "faculty-demo-password", "10.0.3.1", new MockHttpSession());
        assertThat(jdbc.queryForObject("select failed_logins from staff_user where username = 'divya'", Integer.class)).isZero();
    }

    @Test
    void repeatedFailuresFromOneAddressAreSlowed() throws Exception {
        for (int i = 0; i < 3; i++) signIn("no-such-user-" + i, "wrong-password", "10.0.4.1", new MockHttpSession());
        long started = System.nanoTime();
        signIn("no-such-user-4", "wrong-password", "10.0.4.1", new MockHttpSession());
        signIn("no-such-user-5", "wrong-password", "10.0.4.1", new MockHttpSession());
        assertThat((System.nanoTime() - started) / 1_000_000).as("4th and 5th failure wait 250 + 500 ms").isGreaterThanOrEqualTo(700);
        started = System.nanoTime();
        signIn("no-such-user-6", "wrong-password", "10.0.4.2", new MockHttpSession());
        assertThat((System.nanoTime() - started) / 1_000_000).as("another address is not slowed").isLessThan(700);
    }

    @Test
    void anAdministratorEndsAnotherUsersSessions() throws Exception {
        var session = (MockHttpSession) signIn("elena", "faculty-demo-password", "10.0.5.1", new MockHttpSession())
                .getRequest().getSession(false);
        assertThat(mvc.perform(get("/actuator/health").session(session)).andReturn().getResponse().getRedirectedUrl()).isNull();
        long elenaId = asAdmin(() -> staff.listStaff()).stream().filter(s -> s.username().equals("elena")).findFirst().orElseThrow().id();
        assertThat(asAdmin(() -> staff.activeSessions(elenaId))).isEqualTo(1);
        assertThat(asAdmin(() -> staff.endSessions(elenaId))).isEqualTo(1);
        assertThat(mvc.perform(get("/actuator/health").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        var session = (MockHttpSession) signIn("farid", "faculty-demo-password", "10.0.6.1", new MockHttpSession())
                .getRequest().getSession(false);
        var farid = asAdmin(() -> staff.listStaff()).stream().filter(s -> s.username().equals("farid")).findFirst().orElseThrow();
        asAdmin(() -> staff.setEnabled(farid.id(), farid.version(), false));
        assertThat(mvc.perform(get("/actuator/health").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(signIn("farid", "faculty-demo-password", "10.0.6.1", new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        var disabled = asAdmin(() -> staff.get(farid.id()));
        asAdmin(() -> staff.setEnabled(farid.id(), disabled.version(), true));
    }
}
