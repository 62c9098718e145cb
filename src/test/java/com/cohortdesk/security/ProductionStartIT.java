package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.Application;
import com.cohortdesk.TestProfiles;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.WebApplicationContext;

/** The production profile never creates default accounts and needs a first administrator. */
class ProductionStartIT {

    @Test
    void refusesToStartWithoutAnAdministrator() {
        assertThatThrownBy(() -> start(Map.of()).close())
                .hasRootCauseInstanceOf(AdminBootstrap.MissingAdminException.class)
                .rootCause()
                .hasMessageContaining("There is no administrator account and none is given")
                .hasMessageContaining("COHORTDESK_ADMIN_USERNAME");
    }

    @Test
    void refusesAWeakFirstAdministratorPassword() {
        assertThatThrownBy(() -> start(Map.of(
                                "COHORTDESK_ADMIN_USERNAME",
                                "root",
                                "COHORTDESK_ADMIN_PASSWORD",
                                "short",
                                "COHORTDESK_ADMIN_EMAIL",
                                "root@example.org"))
                        .close())
                .rootCause()
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentAndNoDemoAccounts() {
        try (var context = start(Map.of(
                "COHORTDESK_ADMIN_USERNAME",
                "office",
                "COHORTDESK_ADMIN_PASSWORD",
                "correct-horse-battery",
                "COHORTDESK_ADMIN_EMAIL",
                "office@example.org"))) {
            var users = context.getBean(StaffUserRepository.class);
            assertThat(users.findAll()).extracting(StaffUser::getUsername).containsExactly("office");
            assertThat(users.findByUsername("office").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
            assertThat(context.getBean(PasswordEncoder.class)
                            .matches(
                                    "correct-horse-battery",
                                    users.findByUsername("office").orElseThrow().getPasswordHash()))
                    .isTrue();
        }
    }

    @Test
    void theJarRunsTheProdProfileWhenNoProfileIsGivenWithSecureSessionCookies() {
        try (var context = start(
                Map.of(
                        "COHORTDESK_ADMIN_USERNAME",
                        "office",
                        "COHORTDESK_ADMIN_PASSWORD",
                        "correct-horse-battery",
                        "COHORTDESK_ADMIN_EMAIL",
                        "office@example.org"),
                false)) {
            assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(context.getEnvironment().getDefaultProfiles())
                    .as("spring.profiles.default, however the jar was built")
                    .containsExactly("prod");
            assertThat(context.getBean(StaffUserRepository.class).findAll())
                    .extracting(StaffUser::getUsername)
                    .as("no demo accounts")
                    .containsExactly("office");
            var servletContext = ((WebApplicationContext) context).getServletContext();
            assertThat(servletContext.getSessionCookieConfig().isSecure())
                    .as("Secure session cookie in prod")
                    .isTrue();
            assertThat(servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> env) {
        return start(env, true);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> env, boolean prodProfile) {
        var properties = new HashMap<String, Object>(env);
        properties.put("server.port", "0");
        if (prodProfile) properties.put("spring.profiles.active", "prod");
        if (!TestProfiles.onPostgres()) {
            properties.put("spring.datasource.url", "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        } else {
            // A fresh schema per start on the shared PostgreSQL test database.
            var schema = "prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            properties.put(
                    "spring.datasource.url",
                    System.getenv()
                                    .getOrDefault(
                                            "COHORTDESK_TEST_PG_URL",
                                            "jdbc:postgresql://localhost:5432/cohortdesk_test")
                            + "?currentSchema=" + schema);
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.create-schemas", "true");
            properties.put("spring.datasource.username", "cohortdesk");
            properties.put("spring.datasource.password", "cohortdesk");
        }
        // Command-line arguments outrank application.properties (builder properties would not).
        var args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(args);
    }
}
