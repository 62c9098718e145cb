package com.cohortdesk.security;

import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A member of staff who signs in: a programme administrator, a faculty member, or both. */
@Entity
@Table(name = "staff_user")
public class StaffUser extends VersionedEntity {

    @Column(nullable = false, length = 64)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Column(nullable = false)
    private boolean enabled = true;

    /** Changed only by bulk updates at sign-in (no version bump, so sign-ins never conflict with edits). */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void edit(String displayName, String email, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A new password hash; {@code changeRequired} when it is a one-time password the user must replace. */
    void setPassword(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }
}
