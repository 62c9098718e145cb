package com.cohortdesk.security.ui;

import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.security.PasswordPolicy;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
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
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");

    ChangePasswordView(StaffService staff) {
        this.staff = staff;
        setId("change-password");
        setMaxWidth("560px");
        notice.setId("password-notice");
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters. A phrase of several words is easy to remember and hard to guess; common passwords are refused.");
        var save = Feedback.primary("Change password", this::save);
        save.setId("change-password-save");
        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(notice, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean required = staff.passwordChangeRequired();
        notice.setText(required ? "You signed in with a one-time password. Choose your own password to continue. "
                + "Your other sessions will be signed out."
                : "Choose a new password. You will stay signed in here; your other sessions (other browsers or devices) "
                        + "will be signed out.");
        notice.getElement().getClassList().set("notice-required", required);
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        var problem = PasswordPolicy.problem(next.getValue());
        if (problem != null) {
            next.setErrorMessage(problem);
            next.setInvalid(true);
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        int endedSessions;
        try {
            endedSessions = staff.changeOwnPassword(current.getValue(), next.getValue());
        } catch (RuleViolation e) {
            var field = e.getMessage() != null && e.getMessage().contains("current password") ? current : next;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        Feedback.saved("Your password is changed." + switch (endedSessions) {
            case 0 -> "";
            case 1 -> " Your other session was signed out.";
            default -> " Your " + endedSessions + " other sessions were signed out.";
        });
        UI.getCurrent().navigate("");
    }
}
