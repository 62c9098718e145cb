package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.audit.AuditFilter;
import com.cohortdesk.audit.AuditService;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.shared.RuleViolation;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts as administrators manage them; every test rolls back (the demo data stays as it is). */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class StaffServiceIT {

    @Autowired
    StaffService staff;

    @Autowired
    ModuleService modules;

    @Autowired
    AuditService audit;

    @Autowired
    StaffUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private StaffSummary account(String username) {
        return staff.listStaff().stream()
                .filter(s -> s.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void invitedAccountsGetAOneTimePasswordThatMustBeChanged() {
        int accounts = staff.listStaff().size();
        var issued =
                staff.invite(new StaffDraft("gita", "Dr Gita Rao", "gita@cohortdesk.example", Set.of(Role.FACULTY)));
        assertThat(issued.oneTimePassword()).hasSize(19);
        assertThat(PasswordPolicy.problem(issued.oneTimePassword())).isNull();
        assertThat(issued.account().passwordChangeRequired()).isTrue();
        assertThat(encoder.matches(
                        issued.oneTimePassword(),
                        users.findByUsername("gita").orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(staff.listStaff()).hasSize(accounts + 1);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the service's own transaction, committed or rolled back
    void anAccountAndItsModulesAreCreatedTogetherOrNotAtAll() {
        int accounts = staff.listStaff().size();
        try {
            assertThatThrownBy(() -> staff.invite(
                            new StaffDraft("gita", "Dr Gita Rao", "gita@cohortdesk.example", Set.of(Role.FACULTY)),
                            Set.of("MLDS301", "MLDS999")))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("There is no module MLDS999.");
            assertThat(staff.listStaff())
                    .hasSize(accounts)
                    .noneMatch(s -> s.username().equals("gita"));

            var issued = staff.invite(
                    new StaffDraft("gita", "Dr Gita Rao", "gita@cohortdesk.example", Set.of(Role.FACULTY)),
                    Set.of("MLDS301"));
            assertThat(modules.moduleCodesOf(issued.account().id())).containsExactly("MLDS301");
        } finally {
            jdbc.update(
                    "delete from module_faculty where staff_user_id in (select id from staff_user where username = 'gita')");
            jdbc.update("delete from staff_user where username = 'gita'");
        }
    }

    @Test
    void refusesTakenUsernamesEmailsAndCommonPasswords() {
        assertThatThrownBy(() ->
                        staff.invite(new StaffDraft("ada", "Someone", "ADA@cohortdesk.example", Set.of(Role.FACULTY))))
                .hasMessageContaining("The username ada is taken.")
                .hasMessageContaining("Another account uses");
        assertThatThrownBy(() -> staff.create(
                        new NewStaffUser("gita", "Gita", "g@example.org", "Password1234!", Set.of(Role.FACULTY))))
                .hasMessageContaining("commonly used");
        assertThatThrownBy(() -> staff.invite(new StaffDraft("g", "", "not-an-email", Set.of())))
                .hasMessageContaining("username")
                .hasMessageContaining("valid email")
                .hasMessageContaining("at least one role");
    }

    @Test
    void editsRolesAndModulesAssignAndUnassign() {
        var ben = account("ben");
        assertThat(modules.moduleCodesOf(ben.id())).containsExactly("MLDS102", "MLDS104");
        modules.setModulesOf(ben.id(), Set.of("MLDS104", "MLDS301"));
        assertThat(modules.moduleCodesOf(ben.id())).containsExactly("MLDS104", "MLDS301");
        var updated = staff.update(
                ben.id(),
                ben.version(),
                new StaffDraft(
                        "ignored", "Prof. Ben Carter", "ben@cohortdesk.example", Set.of(Role.FACULTY, Role.ADMIN)));
        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.FACULTY, Role.ADMIN);
        assertThat(updated.username()).as("the username never changes").isEqualTo("ben");
        assertThatThrownBy(() -> modules.setModulesOf(ben.id(), Set.of("NOPE1")))
                .hasMessageContaining("There is no module NOPE1");
    }

    @Test
    void secondEditOnTheSameVersionIsRefused() {
        var chen = account("chen");
        staff.update(chen.id(), chen.version(), new StaffDraft("chen", "Dr Chen Wei (ML)", chen.email(), chen.roles()));
        assertThatThrownBy(() -> staff.update(
                        chen.id(), chen.version(), new StaffDraft("chen", "Second editor", chen.email(), chen.roles())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> staff.setEnabled(chen.id(), chen.version(), false))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(staff.get(chen.id()).displayName()).isEqualTo("Dr Chen Wei (ML)");
        assertThat(staff.get(chen.id()).enabled()).isTrue();
    }

    @Test
    void disablesAndReEnables() {
        var divya = account("divya");
        var disabled = staff.setEnabled(divya.id(), divya.version(), false);
        assertThat(disabled.enabled()).isFalse();
        assertThat(staff.setEnabled(divya.id(), disabled.version(), true).enabled())
                .isTrue();
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        var admin = account("admin");
        assertThatThrownBy(() -> staff.setEnabled(admin.id(), admin.version(), false))
                .hasMessageContaining("your own account");
        assertThatThrownBy(() -> staff.update(
                        admin.id(),
                        admin.version(),
                        new StaffDraft("admin", "Alex Morgan", admin.email(), Set.of(Role.FACULTY))))
                .hasMessageContaining("your own administrator role");
        assertThatThrownBy(() -> staff.resetPassword(admin.id())).hasMessageContaining("Change password");
    }

    @Test
    void resetGivesANewOneTimePasswordLiftsTheLockAndIsAuditedWithoutTheHash() {
        var elena = account("elena");
        users.updateSignInCounters("elena", 0, Instant.parse("2026-11-25T12:15:00Z"));
        assertThat(staff.get(elena.id()).locked()).isTrue();
        var issued = staff.resetPassword(elena.id());
        assertThat(issued.account().locked()).isFalse();
        assertThat(issued.account().passwordChangeRequired()).isTrue();
        var entries = audit.search(AuditFilter.forEntity("StaffUser", String.valueOf(elena.id())), 0, 10);
        assertThat(entries).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.details())
                    .contains("passwordHash changed")
                    .contains("passwordChangeRequired: false → true")
                    .doesNotContain("bcrypt")
                    .doesNotContain("$2a$");
        });
    }

    @Test
    @WithUserDetails("ada")
    void usersChangeTheirOwnPassword() {
        assertThatThrownBy(() -> staff.changeOwnPassword("wrong-password-here", "a brand new passphrase"))
                .hasMessageContaining("current password is not right");
        assertThatThrownBy(() -> staff.changeOwnPassword("faculty-demo-password", "qwertyuiop12"))
                .hasMessageContaining("commonly used");
        assertThatThrownBy(() -> staff.changeOwnPassword("faculty-demo-password", "short"))
                .hasMessageContaining("at least 12");
        staff.changeOwnPassword("faculty-demo-password", "a brand new passphrase");
        assertThat(encoder.matches(
                        "a brand new passphrase",
                        users.findByUsername("ada").orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(staff.passwordChangeRequired()).isFalse();
    }
}
