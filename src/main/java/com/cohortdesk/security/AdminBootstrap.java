package com.cohortdesk.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the dev profile no default account is ever created. On the first start the first
 * administrator comes from COHORTDESK_ADMIN_USERNAME / _PASSWORD / _EMAIL; without them, and with no
 * administrator in the database, the application refuses to start.
 */
@Component
@Profile("!dev")
class AdminBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final TransactionTemplate transaction;

    AdminBootstrap(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            Environment environment,
            TransactionTemplate transaction) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            if (users.existsEnabledAdmin()) return;
            var username =
                    environment.getProperty("COHORTDESK_ADMIN_USERNAME", "").strip();
            var password = environment.getProperty("COHORTDESK_ADMIN_PASSWORD", "");
            var email = environment.getProperty("COHORTDESK_ADMIN_EMAIL", "").strip();
            if (username.isEmpty() || password.isEmpty() || email.isEmpty()) {
                throw new MissingAdminException(
                        "There is no administrator account and none is given. Set "
                                + "COHORTDESK_ADMIN_USERNAME, COHORTDESK_ADMIN_PASSWORD and COHORTDESK_ADMIN_EMAIL for the first start.");
            }
            var problem = StaffService.passwordProblem(password);
            if (problem != null) {
                throw new MissingAdminException("COHORTDESK_ADMIN_PASSWORD is not acceptable: " + problem);
            }
            users.save(
                    new StaffUser(username, username, email, passwordEncoder.encode(password), EnumSet.of(Role.ADMIN)));
            log.info("Created the first administrator account '{}' from the environment.", username);
        });
    }

    /** Thrown when the first administrator cannot be created; explained by {@link MissingAdminFailureAnalyzer}. */
    static class MissingAdminException extends IllegalStateException {
        MissingAdminException(String message) {
            super(message);
        }
    }
}
