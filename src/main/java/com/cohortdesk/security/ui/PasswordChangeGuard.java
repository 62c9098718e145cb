package com.cohortdesk.security.ui;

import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.ui.NotFoundView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** After signing in with a one-time password, every view leads to {@link ChangePasswordView} until it is changed. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final StaffService staff;

    PasswordChangeGuard(CurrentUser currentUser, StaffService staff) {
        this.currentUser = currentUser;
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    var target = enter.getNavigationTarget();
                    if (target == ChangePasswordView.class || target == LoginView.class || target == NotFoundView.class)
                        return;
                    var user = currentUser.get();
                    if (user.isPresent() && user.get().isPasswordChangeRequired() && staff.passwordChangeRequired()) {
                        enter.forwardTo(ChangePasswordView.class);
                    }
                }));
    }
}
