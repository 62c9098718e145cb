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
import org.hibernate.annotations.OptimisticLock;
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

    /** When the one-time password stops working (null for a password the user chose). */
    @Column(name = "password_expires_at")
    private @Nullable Instant passwordExpiresAt;

    /** The user's own display choice: not part of the account an administrator edits, so it bumps no version. */
    @Column(name = "dark_mode", nullable = false)
    @OptimisticLock(excluded = true)
    private boolean darkMode;

    /** When the account's sessions were last ended (V68); every node ends older sessions (no version bump). */
    @Column(name = "sessions_ended_at")
    @OptimisticLock(excluded = true)
    private @Nullable Instant sessionsEndedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffUser() {}

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

    public @Nullable Instant getPasswordExpiresAt() {
        return passwordExpiresAt;
    }

    public boolean isDarkMode() {
        return darkMode;
    }

    void setDarkMode(boolean darkMode) {
        this.darkMode = darkMode;
    }

    void endSessionsAt(Instant at) {
        this.sessionsEndedAt = at;
    }

    /** Whether the password may still sign in at {@code now}: a one-time password only until it expires or is used. */
    boolean passwordValidAt(Instant now) {
        return passwordExpiresAt == null || now.isBefore(passwordExpiresAt);
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

    /** A password the user chose: it does not expire. */
    void setOwnPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
        this.passwordExpiresAt = null;
    }

    /** A one-time password: the user must replace it, and it works for one sign-in until {@code expiresAt}. */
    void setOneTimePassword(String passwordHash, Instant expiresAt) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
        this.passwordExpiresAt = expiresAt;
    }

    void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }
}
