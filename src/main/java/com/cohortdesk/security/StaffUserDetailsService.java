package com.cohortdesk.security;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts from the database for Spring Security's form login (disabled and locked included). */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;
    private final Clock clock;

    StaffUserDetailsService(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        var authorities = user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return new StaffPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), !LoginLockout.isLocked(user.getLockedUntil(), clock.instant()),
                user.isPasswordChangeRequired(), authorities);
    }
}
