package com.cohortdesk.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.shared.RuleViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Offering leads: set up from the module, edited by administrators (audited), and dropped from open offerings with the module. */
@IntegrationTest
@Transactional
class OfferingLeadsIT {

    @Autowired
    OfferingService offerings;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    OfferingAccess access;

    @Autowired
    ModuleService modules;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long staffId(String username) {
        return jdbc.queryForObject("select id from staff_user where username = ?", Long.class, username);
    }

    private long offering(String module, int intake) {
        return jdbc.queryForObject("""
                select o.id from offering o join programme_module m on m.id = o.module_id join cohort c on c.id = o.cohort_id
                where m.code = ? and c.intake_year = ?""", Long.class, module, intake);
    }

    private Set<Long> leadsOf(long offeringId) {
        return Set.copyOf(jdbc.queryForList(
                "select staff_user_id from offering_lead where offering_id = ?", Long.class, offeringId));
    }

    private void signInAs(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    @WithUserDetails("admin")
    void administratorsChooseTheLeadsAndTheChangeIsAudited() {
        long id = offering("MLDS101", 2026);
        long ada = staffId("ada");
        long ben = staffId("ben");
        var before = offerings.get(id);
        assertThat(before.leadIds()).containsExactly(ada);

        var after = offerings.setLeads(id, before.version(), Set.of(ada, ben));
        assertThat(after.leadIds()).containsExactlyInAnyOrder(ada, ben);
        assertThat(after.leads()).containsExactly("Dr Ada Okonkwo", "Prof. Ben Carter");
        assertThat(after.version()).isGreaterThan(before.version());
        var audited = jdbc.queryForList(
                "select details from audit_entry where entity_type = 'Offering' and entity_id = ? "
                        + "and actor = 'admin' and action = 'UPDATE'",
                String.class,
                String.valueOf(id));
        assertThat(audited).anySatisfy(d -> assertThat(d).startsWith("leadIds:").contains(String.valueOf(ben)));

        // a stale form is refused; so is a lead who is not a faculty member
        assertThatThrownBy(() -> offerings.setLeads(id, before.version(), Set.of(ben)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> offerings.setLeads(id, after.version(), Set.of(staffId("admin"))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Only faculty members can lead an offering");

        offerings.setLeads(id, after.version(), Set.of(ben));
        signInAs("ben");
        assertThat(access.mayRead(id)).isTrue();
        assertThat(offerings.get(id).moduleCode()).isEqualTo("MLDS101");
        signInAs("ada");
        assertThat(access.mayRead(id)).isFalse();
        assertThatThrownBy(() -> offerings.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offerings.setLeads(id, 0, Set.of(ada))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void leavingAModuleEndsTheLeadOfItsOpenOfferingsButKeepsThePastOnes() {
        long ada = staffId("ada");
        long current = offering("MLDS101", 2026); // term 1 of Fall 2026 runs on 25 Nov 2026
        long past = offering("MLDS101", 2025); // term 1 of Fall 2025 ended in January 2026
        long otherModule = offering("MLDS202", 2025);
        assertThat(leadsOf(current)).contains(ada);
        assertThat(leadsOf(past)).contains(ada);

        modules.setModulesOf(ada, Set.of("MLDS202"));

        assertThat(leadsOf(current)).doesNotContain(ada);
        assertThat(leadsOf(past)).contains(ada);
        assertThat(leadsOf(otherModule)).contains(ada);
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where entity_type = 'Offering' and entity_id = ?",
                        String.class,
                        String.valueOf(current)))
                .anySatisfy(d -> assertThat(d).startsWith("leadIds:"));
        signInAs("ada");
        assertThat(access.mayRead(current)).isFalse();
        assertThat(access.mayRead(past)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void unassigningOneModuleDropsTheLeadOfItsOpenOfferingsOnly() {
        long ben = staffId("ben");
        long current = offering("MLDS102", 2026);
        assertThat(leadsOf(current)).contains(ben);
        modules.unassignFaculty("MLDS102", ben);
        assertThat(leadsOf(current)).doesNotContain(ben);
        assertThat(leadsOf(offering("MLDS102", 2024))).contains(ben);
    }

    @Test
    @WithUserDetails("admin")
    void aNewTermsOfferingsAreLedByTheirModulesFaculty() {
        long fall2026 = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        enrollments.enrolCohortIntoTerm(fall2026, 2);
        for (var row : offerings.offerings(fall2026, 2)) {
            assertThat(offerings.get(row.id()).leadIds())
                    .as(row.moduleCode())
                    .isEqualTo(modules.facultyIds(row.moduleCode()));
        }
        assertThat(offerings.offerings(fall2026, 2)).isNotEmpty();
    }
}
