package com.cohortdesk.demo;

import com.cohortdesk.security.Role;
import java.util.List;
import java.util.Set;

/** The demo sign-ins, printed at start and listed in the README. Dev profile only. */
final class DemoStaff {

    static final String ADMIN_PASSWORD = "admin-demo-password";
    static final String FACULTY_PASSWORD = "faculty-demo-password";

    /** A demo account and the modules it teaches. */
    record Account(String username, String displayName, Set<Role> roles, String password, List<String> modules) {}

    private DemoStaff() {}

    static List<Account> accounts() {
        return List.of(
                new Account("admin", "Alex Morgan", Set.of(Role.ADMIN), ADMIN_PASSWORD, List.of()),
                faculty("ada", "Dr Ada Okonkwo", "MLDS101", "MLDS202"),
                faculty("ben", "Prof. Ben Carter", "MLDS102", "MLDS104"),
                faculty("chen", "Dr Chen Wei", "MLDS103", "MLDS301"),
                faculty("divya", "Dr Divya Raman", "MLDS201", "MLDS203"),
                faculty("elena", "Dr Elena Petrova", "MLDS100", "MLDS204"),
                faculty("farid", "Prof. Farid Haddad", "MLDS302", "MLDS400", "MLDS100"));
    }

    private static Account faculty(String username, String name, String... modules) {
        return new Account(username, name, Set.of(Role.FACULTY), FACULTY_PASSWORD, List.of(modules));
    }
}
