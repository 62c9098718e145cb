package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cohortdesk.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A refused sign-in costs the same whether the password is wrong, the account is locked or disabled, or
 * the username is unknown: the median times differ by less than 20 %. The cases are interleaved (so a
 * change of machine load hits all of them alike), every attempt comes from its own address (so the
 * throttle stays out of it), and each case is sampled many times.
 */
@IntegrationTest
class SignInTimingIT {

    private static final int SAMPLES = 31;
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z"); // cohortdesk.clock.fixed

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginAttempts attempts;

    MockMvc mvc;
    int address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        jdbc.update(
                "update staff_user set locked_until = ? where username = 'chen'",
                Timestamp.from(NOW.plusSeconds(3600)));
        jdbc.update("update staff_user set enabled = false where username = 'divya'");
    }

    @AfterEach
    void restore() {
        jdbc.update(
                "update staff_user set failed_logins = 0, locked_until = null, enabled = (username <> 'grace')"); // the
        // demo's departed host stays disabled
        attempts.forgetThrottle();
    }

    private long timeSignIn(String username, String password) throws Exception {
        var from = "10.1." + (address / 250) + "." + (address++ % 250); // a fresh address every time
        var session = new MockHttpSession();
        long started = System.nanoTime();
        var result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .session(session)
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andReturn();
        long took = System.nanoTime() - started;
        assertThat(result.getResponse().getRedirectedUrl()).as(username).isEqualTo("/login?error");
        return took;
    }

    private static double median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void lockedDisabledUnknownAndWrongPasswordTakeTheSameTime() throws Exception {
        var cases = new LinkedHashMap<String, String[]>();
        cases.put("wrong password", new String[] {"ben", "not-the-password"});
        cases.put("locked account", new String[] {"chen", "faculty-demo-password"});
        cases.put("disabled account", new String[] {"divya", "faculty-demo-password"});
        cases.put("unknown username", new String[] {"nobody-by-that-name", "faculty-demo-password"});
        Map<String, List<Long>> times = new LinkedHashMap<>();
        cases.keySet().forEach(c -> times.put(c, new ArrayList<>()));
        for (int round = -3; round < SAMPLES; round++) { // three rounds of warm-up
            for (var entry : cases.entrySet()) {
                long took = timeSignIn(entry.getValue()[0], entry.getValue()[1]);
                if (round >= 0) times.get(entry.getKey()).add(took);
                jdbc.update("update staff_user set failed_logins = 0 where username = 'ben'"); // never lock the
                // wrong-password case
            }
        }
        var medians = new LinkedHashMap<String, Double>();
        times.forEach((c, t) -> medians.put(c, median(t) / 1e6));
        System.out.println("Refused sign-in, median ms: " + medians);
        double fastest =
                medians.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double slowest =
                medians.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat((slowest - fastest) / fastest)
                .as("median times in ms: " + medians)
                .isLessThan(0.20);
    }
}
