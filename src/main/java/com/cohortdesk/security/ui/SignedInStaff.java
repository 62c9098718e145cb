package com.cohortdesk.security.ui;

import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.StaffPrincipal;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.ui.SignedInUser;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/** The main layout's signed-in user: the member of staff of the current session and their colour scheme. */
@SpringComponent
class SignedInStaff implements SignedInUser {

    private final CurrentUser currentUser;
    private final StaffService staff;

    SignedInStaff(CurrentUser currentUser, StaffService staff) {
        this.currentUser = currentUser;
        this.staff = staff;
    }

    @Override
    public Optional<Identity> current() {
        return currentUser.get().map(user -> new Identity(user.getDisplayName(), roles(user), staff.darkMode()));
    }

    @Override
    public void setDarkMode(boolean dark) {
        staff.setDarkMode(dark);
    }

    static String roles(StaffPrincipal user) {
        return user.getAuthorities().stream()
                .map(a -> a.getAuthority().replace("ROLE_", ""))
                .sorted()
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
