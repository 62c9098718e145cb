package com.cohortdesk.security;

import java.util.Set;

/** A staff account as lists show it. */
public record StaffSummary(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled) {

    static StaffSummary of(StaffUser user) {
        return new StaffSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                user.isEnabled());
    }
}
