package com.cohortdesk.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A staff account as lists and forms show it; {@code lockedUntil} is set while sign-in is locked. */
public record StaffSummary(
        long id,
        long version,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lockedUntil,
        boolean passwordChangeRequired) {

    static StaffSummary of(StaffUser user, Instant now) {
        return new StaffSummary(
                user.getId(),
                user.getVersion(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getRoles(),
                user.isEnabled(),
                LoginLockout.isLocked(user.getLockedUntil(), now) ? user.getLockedUntil() : null,
                user.isPasswordChangeRequired());
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    public StaffDraft toDraft() {
        return new StaffDraft(username, displayName, email, roles);
    }
}
