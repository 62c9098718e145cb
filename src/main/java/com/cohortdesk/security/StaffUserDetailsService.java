package com.cohortdesk.security;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts from the database for Spring Security's form login (disabled, locked and expired
 * one-time passwords included: {@link StaffAuthenticationProvider} refuses them only after checking the
 * password, so that every refusal costs the same). Stores the stronger hash that the delegating password
 * encoder makes of an older (BCrypt) hash at the next successful sign-in.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final StaffUserRepository users;
    private final Clock clock;

    StaffUserDetailsService(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user =
                users.findByUsername(username.strip()).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return principal(user, user.getPasswordHash());
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.upgradePasswordHash(user.getUsername(), newPassword);
        return users.findByUsername(user.getUsername())
                .map(u -> principal(u, newPassword))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    private StaffPrincipal principal(StaffUser user, String passwordHash) {
        var now = clock.instant();
        var authorities = user.getRoles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return new StaffPrincipal(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                passwordHash,
                user.isEnabled(),
                !LoginLockout.isLocked(user.getLockedUntil(), now),
                user.passwordValidAt(now),
                user.isPasswordChangeRequired(),
                authorities);
    }
}
