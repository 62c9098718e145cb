package com.cohortdesk.security;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the dev profile no default account is ever created. On the first start the first
 * administrator comes from COHORTDESK_ADMIN_USERNAME / _PASSWORD / _EMAIL; without them, and with no
 * administrator in the database, the application refuses to start.
 *
 * <p>The first administrator's password hash (Argon2, deliberately slow: about 1.5 s on two cores) is computed on a
 * thread of its own from the moment this bean is made, while the rest of the application starts, and the account is
 * saved once every singleton exists, before the web server opens (issue #15: start-up time).
 */
@Component
@Profile("!dev")
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffUserRepository users;
    private final TransactionTemplate transaction;
    private final @Nullable FirstAdmin first;

    /** The first administrator to create, with their password hash being computed. */
    private record FirstAdmin(String username, String email, CompletableFuture<String> hash) {}

    AdminBootstrap(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            Environment environment,
            TransactionTemplate transaction) {
        this.users = users;
        this.transaction = transaction;
        if (users.existsEnabledAdmin()) {
            this.first = null;
            return;
        }
        var username = environment.getProperty("COHORTDESK_ADMIN_USERNAME", "").strip();
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
        this.first = new FirstAdmin(
                username,
                email,
                CompletableFuture.supplyAsync(
                        () -> passwordEncoder.encode(password),
                        work -> Thread.ofPlatform()
                                .name("first-admin-hash")
                                .daemon()
                                .start(work)));
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (first == null) return;
        var hash = first.hash().join();
        transaction.executeWithoutResult(status -> {
            if (users.existsEnabledAdmin()) return; // another node made one meanwhile
            users.save(new StaffUser(first.username(), first.username(), first.email(), hash, EnumSet.of(Role.ADMIN)));
            log.info("Created the first administrator account '{}' from the environment.", first.username());
        });
    }

    /** Thrown when the first administrator cannot be created; explained by {@link MissingAdminFailureAnalyzer}. */
    static class MissingAdminException extends IllegalStateException {
        MissingAdminException(String message) {
            super(message);
        }
    }
}
