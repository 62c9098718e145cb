package com.cohortdesk.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    Optional<StaffUser> findByEmailIgnoreCase(String email);

    @Query(
            "select count(u) > 0 from StaffUser u join u.roles r where r = com.cohortdesk.security.Role.ADMIN and u.enabled = true")
    boolean existsEnabledAdmin();

    List<StaffUser> findByIdIn(Collection<Long> ids);

    List<StaffUser> findAllByOrderByDisplayName();

    /** Sign-in counters change without a version bump (bulk update), so they never conflict with an edit. */
    @Modifying(clearAutomatically = true)
    @Query(
            "update StaffUser u set u.failedLogins = :failures, u.lockedUntil = :lockedUntil where u.username = :username")
    int updateSignInCounters(String username, int failures, @Nullable Instant lockedUntil);

    /**
     * Counts a wrong password in the database (one atomic increment, whatever runs in parallel) unless the
     * account is locked at {@code now}; 0 when there is no such account or it is locked. The row stays
     * locked until the transaction ends, so {@link #failedLogins} then reads this increment's count.
     */
    @Modifying(clearAutomatically = true)
    @Query("update StaffUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username "
            + "and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int countFailedLogin(String username, Instant now);

    @Query("select u.failedLogins from StaffUser u where u.username = :username")
    int failedLogins(String username);

    /** A successful sign-in clears the counters (no write when there is nothing to clear). */
    @Modifying(clearAutomatically = true)
    @Query("update StaffUser u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username "
            + "and (u.failedLogins > 0 or u.lockedUntil is not null)")
    int clearSignInCounters(String username);

    /** A one-time password is used up by its first sign-in: it expires that moment. */
    @Modifying(clearAutomatically = true)
    @Query(
            "update StaffUser u set u.passwordExpiresAt = :now where u.username = :username and u.passwordChangeRequired = true "
                    + "and (u.passwordExpiresAt is null or u.passwordExpiresAt > :now)")
    int useUpOneTimePassword(String username, Instant now);

    /** A stronger hash of the same password (after a sign-in): no version bump, so no edit conflicts with it. */
    @Modifying(clearAutomatically = true)
    @Query("update StaffUser u set u.passwordHash = :passwordHash where u.username = :username")
    int upgradePasswordHash(String username, String passwordHash);
}
