package com.cohortdesk.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Form sign-in against the staff accounts, with equal work for every refusal:
 * <ul>
 * <li>an attempt the throttle does not admit yet ({@link LoginAttempts#admit}) is refused before anything is
 * looked up or hashed ({@link SignInThrottledException}); no thread waits for the delay;</li>
 * <li>the password is always hashed: for an unknown username against a dummy hash (Spring's timing-attack
 * protection), for a disabled or locked account or a used or expired one-time password against the
 * account's own hash, and only then is the account's state checked. So a locked, disabled or unknown
 * account answers after the same work as a wrong password, and the answer is the same;</li>
 * <li>a hash the delegating encoder would no longer make (BCrypt) is replaced at a successful sign-in by
 * the current one (Argon2id) through the {@link UserDetailsPasswordService}.</li>
 * </ul>
 */
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    StaffAuthenticationProvider(
            UserDetailsService users,
            UserDetailsPasswordService passwords,
            PasswordEncoder encoder,
            LoginAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(passwords);
        setPreAuthenticationChecks(user -> {
            // nothing before the password check: see the class comment
        });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var wait = attempts.admit(authentication);
        if (!wait.isZero())
            throw new SignInThrottledException("Too many sign-in attempts; next one in " + wait.toMillis() + " ms");
        return super.authenticate(authentication);
    }

    /** An attempt that came before the throttle's delay had passed: refused without checking the password. */
    static class SignInThrottledException extends AuthenticationException {
        SignInThrottledException(String message) {
            super(message);
        }
    }
}
