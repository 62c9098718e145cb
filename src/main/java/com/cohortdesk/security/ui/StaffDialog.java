package com.cohortdesk.security.ui;

import com.cohortdesk.security.IssuedPassword;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffDraft;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.security.TeachingAssignments;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Creates an account (with a one-time password) or edits one: name, email, roles, modules, and its actions. */
class StaffDialog extends Dialog {

    private final StaffService staff;
    private final TeachingAssignments modules;
    private final Runnable onChange;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final MultiSelectComboBox<String> moduleCodes = new MultiSelectComboBox<>("Teaches modules");
    private final Paragraph problems = new Paragraph();
    private @Nullable StaffSummary account;

    StaffDialog(StaffService staff, TeachingAssignments modules, @Nullable StaffSummary account, Runnable onChange) {
        this.staff = staff;
        this.modules = modules;
        this.account = account;
        this.onChange = onChange;
        setWidth("640px");
        setId("staff-dialog");
        username.setId("staff-username");
        displayName.setId("staff-name");
        email.setId("staff-email");
        roles.setId("staff-roles");
        moduleCodes.setId("staff-modules");
        problems.setId("staff-problems");
        problems.addClassName("form-problems");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> r == Role.ADMIN ? "Programme administrator" : "Faculty");
        Map<String, String> titles = modules.moduleTitles();
        moduleCodes.setItems(new TreeSet<>(titles.keySet()));
        moduleCodes.setItemLabelGenerator(code -> code + " " + titles.getOrDefault(code, ""));
        moduleCodes.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        render();
    }

    private void render() {
        removeAll();
        setHeaderTitle(account == null ? "New staff account" : account.displayName());
        username.setReadOnly(account != null);
        if (account != null) {
            username.setValue(account.username());
            displayName.setValue(account.displayName());
            email.setValue(account.email());
            roles.setValue(account.roles());
            moduleCodes.setValue(modules.moduleCodesOf(account.id()));
        }
        var form = new FormLayout(username, displayName, email, roles, moduleCodes);
        form.setColspan(moduleCodes, 2);
        problems.setText("");
        add(form, problems);
        if (account != null) add(actions(account));
        var save = Feedback.primary(account == null ? "Create account" : "Save", this::save);
        save.setId("staff-save");
        var cancel = new Button("Close", e -> close());
        cancel.setId("staff-close");
        var buttons = new Div(cancel, save);
        buttons.addClassName("dialog-buttons");
        add(buttons);
    }

    private Div actions(StaffSummary current) {
        var state = new Paragraph(StaffListView.accountState(current) + " · " + staff.activeSessions(current.id()) + " active session(s)");
        state.setId("staff-state");
        var enable = new Button(current.enabled() ? "Disable account" : "Enable account",
                e -> act(() -> staff.setEnabled(current.id(), current.version(), !current.enabled()),
                        current.enabled() ? current.displayName() + " is disabled; their sessions ended." : current.displayName() + " is enabled."));
        enable.setId("staff-toggle-enabled");
        var reset = new Button("Reset password", e -> showPassword(staff.resetPassword(current.id())));
        reset.setId("staff-reset-password");
        var sessions = new Button("End sessions", e -> {
            int ended = staff.endSessions(current.id());
            Feedback.saved(ended + " session(s) of " + current.displayName() + " ended.");
            render();
        });
        sessions.setId("staff-end-sessions");
        var actions = new Div(enable, reset, sessions);
        if (current.locked()) {
            var unlock = new Button("Unlock", e -> act(() -> staff.unlock(current.id()), current.displayName() + " can sign in again."));
            unlock.setId("staff-unlock");
            actions.add(unlock);
        }
        var history = new Anchor("audit?entity=StaffUser&id=" + current.id(), "History");
        history.setId("staff-history");
        actions.add(history);
        actions.addClassName("detail-actions");
        return new Div(state, actions);
    }

    private void act(Supplier<StaffSummary> action, String message) {
        if (Feedback.trySave(() -> account = action.get(), problems::setText, this::reload)) {
            onChange.run();
            render();
            Feedback.saved(message);
        }
    }

    private void save() {
        var draft = new StaffDraft(username.getValue(), displayName.getValue(), email.getValue(),
                roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
        var problemsOfDraft = draft.problems();
        if (!problemsOfDraft.isEmpty()) {
            problems.setText(String.join(" ", problemsOfDraft));
            return;
        }
        var codes = new TreeSet<>(moduleCodes.getValue());
        if (account == null) {
            IssuedPassword[] issued = new IssuedPassword[1];
            if (Feedback.trySave(() -> issued[0] = staff.invite(draft, codes), problems::setText, this::reload)) {
                onChange.run();
                close();
                showPassword(issued[0]);
            }
        } else {
            var current = account;
            if (Feedback.trySave(() -> {
                account = staff.update(current.id(), current.version(), draft);
                modules.setModulesOf(current.id(), codes);
            }, problems::setText, this::reload)) {
                onChange.run();
                close();
                Feedback.saved(draft.displayName() + " saved.");
            }
        }
    }

    private void showPassword(IssuedPassword issued) {
        account = issued.account();
        onChange.run();
        if (isOpened()) render();
        var dialog = new ConfirmDialog();
        dialog.setId("one-time-password-dialog");
        dialog.setHeader("One-time password for " + issued.account().username());
        var password = new Paragraph(issued.oneTimePassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        dialog.setText(new Div(new Paragraph("Give this password to " + issued.account().displayName()
                + " in person or by a separate channel. It is shown only now; they must choose their own password when they sign in."),
                password));
        dialog.setConfirmText("Done");
        dialog.open();
    }

    private void reload() {
        if (account != null) account = staff.get(account.id());
        render();
    }

}
