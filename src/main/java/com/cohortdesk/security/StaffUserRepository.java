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

    @Query("select count(u) > 0 from StaffUser u join u.roles r where r = com.cohortdesk.security.Role.ADMIN and u.enabled = true")
    boolean existsEnabledAdmin();

    List<StaffUser> findByIdIn(Collection<Long> ids);

    List<StaffUser> findAllByOrderByDisplayName();

    /** Sign-in counters change without a version bump (bulk update), so they never conflict with an edit. */
    @Modifying(clearAutomatically = true)
    @Query("update StaffUser u set u.failedLogins = :failures, u.lockedUntil = :lockedUntil where u.username = :username")
    int updateSignInCounters(String username, int failures, @Nullable Instant lockedUntil);
}
