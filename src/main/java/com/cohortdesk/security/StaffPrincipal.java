package com.cohortdesk.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in member of staff: Spring Security's user plus the staff id and display name. */
public class StaffPrincipal extends User {

    private final long staffId;
    private final String displayName;
    private final boolean passwordChangeRequired;

    public StaffPrincipal(
            long staffId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        this(staffId, username, displayName, passwordHash, enabled, true, true, false, authorities);
    }

    /** {@code passwordValid}: false once a one-time password has expired or been used (credentials expired). */
    public StaffPrincipal(
            long staffId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            boolean accountNonLocked,
            boolean passwordValid,
            boolean passwordChangeRequired,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, passwordValid, accountNonLocked, authorities);
        this.staffId = staffId;
        this.displayName = displayName;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Signed in with a one-time password: the app sends the user to change it before anything else. */
    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}
