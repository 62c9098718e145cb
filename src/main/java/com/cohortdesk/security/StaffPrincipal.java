package com.cohortdesk.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in member of staff: Spring Security's user plus the staff id and display name. */
public class StaffPrincipal extends User {

    private final long staffId;
    private final String displayName;

    public StaffPrincipal(long staffId, String username, String displayName, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.staffId = staffId;
        this.displayName = displayName;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
