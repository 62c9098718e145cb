package com.cohortdesk.security.ui;

import com.cohortdesk.security.StaffService;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every member of staff changes their own password here; after a reset, sign-in leads here first. */
@Route("change-password")
@PageTitle("Change password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final StaffService staff;
    private final Paragraph notice = new Paragraph();
    private final ChangePasswordForm form = new ChangePasswordForm();

    ChangePasswordView(StaffService staff) {
        this.staff = staff;
        setId("change-password");
        setMaxWidth("560px");
        notice.setId("password-notice");
        form.addChangeListener(e -> change(e.currentPassword(), e.newPassword()));
        add(notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean required = staff.passwordChangeRequired();
        notice.setText(
                required
                        ? "You signed in with a one-time password. Choose your own password to continue. "
                                + "Your other sessions will be signed out."
                        : "Choose a new password. You will stay signed in here; your other sessions (other browsers or devices) "
                                + "will be signed out.");
        notice.getElement().getClassList().set("notice-required", required);
    }

    private void change(String currentPassword, String newPassword) {
        int endedSessions;
        try {
            endedSessions = staff.changeOwnPassword(currentPassword, newPassword);
        } catch (RuleViolation e) {
            var message = String.valueOf(e.getMessage());
            if (message.contains("current password")) form.refuseCurrent(message);
            else form.refuseNew(message);
            return;
        }
        Feedback.saved("Your password is changed."
                + switch (endedSessions) {
                    case 0 -> "";
                    case 1 -> " Your other session was signed out.";
                    default -> " Your " + endedSessions + " other sessions were signed out.";
                });
        UI.getCurrent().navigate("");
    }
}
