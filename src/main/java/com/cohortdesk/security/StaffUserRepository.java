package com.cohortdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    @Query("select count(u) > 0 from StaffUser u join u.roles r where r = com.cohortdesk.security.Role.ADMIN and u.enabled = true")
    boolean existsEnabledAdmin();

    List<StaffUser> findByIdIn(Collection<Long> ids);

    List<StaffUser> findAllByOrderByDisplayName();
}
