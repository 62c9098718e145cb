package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.programme.ModuleService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Method security: services refuse callers without the right role, even when called directly. */
@IntegrationTest
class ServiceSecurityIT {

    @Autowired
    CohortService cohorts;

    @Autowired
    LearnerService learners;

    @Autowired
    ModuleService modules;

    @Autowired
    StaffService staff;

    @Test
    @WithUserDetails("ada")
    void facultyIsRefusedAdminOnlyMethods() {
        assertThatThrownBy(() -> cohorts.listCohorts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learners.countLearners()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> modules.listModules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.listStaff()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(new NewStaffUser(
                        "mallory", "Mallory", "m@example.org", "a-long-enough-password", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ada")
    void facultySeesOnlyTheirOwnModules() {
        assertThat(modules.myModules()).extracting(m -> m.code()).containsExactly("MLDS101", "MLDS202");
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> modules.myModules()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminMayReadEverything() {
        assertThat(cohorts.listCohorts()).hasSize(4);
        assertThat(modules.listModules()).hasSize(12);
        assertThat(modules.checkCatalogue()).isEmpty();
        assertThat(learners.countLearners()).isGreaterThanOrEqualTo(600);
    }
}
