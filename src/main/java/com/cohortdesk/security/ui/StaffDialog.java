package com.cohortdesk.security.ui;

import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffDraft;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.FieldRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Creates an account or edits one: username, name, email, roles, modules, and the account's actions. Each field is
 * checked by its rule in {@link StaffDraft}; the dialog fires {@link SaveEvent} with the draft and the modules,
 * {@link ActionEvent} for an action on the account, and {@link CloseEvent}. The view calls the service and shows
 * the account again ({@link #show}) or a refusal ({@link #showProblem}).
 */
class StaffDialog extends Dialog {

    /** What can be done to an existing account from the dialog. */
    enum Action {
        TOGGLE_ENABLED,
        RESET_PASSWORD,
        END_SESSIONS,
        UNLOCK
    }

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final MultiSelectComboBox<String> moduleCodes = new MultiSelectComboBox<>("Teaches modules");
    private final Paragraph problems = new Paragraph();
    private final Binder<Values> binder = FieldRules.binder();
    private @Nullable StaffSummary account;

    /** @param moduleTitles the modules that can be assigned: code → title */
    StaffDialog(Map<String, String> moduleTitles) {
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
        moduleCodes.setItems(new TreeSet<>(moduleTitles.keySet()));
        moduleCodes.setItemLabelGenerator(code -> code + " " + moduleTitles.getOrDefault(code, ""));
        moduleCodes.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        binder.forField(username)
                .withValidator(FieldRules.rule(StaffDraft::usernameProblem))
                .bind(v -> v.username, (v, value) -> v.username = value);
        binder.forField(displayName)
                .withValidator(FieldRules.rule(StaffDraft::displayNameProblem))
                .bind(v -> v.displayName, (v, value) -> v.displayName = value);
        binder.forField(email)
                .withValidator(FieldRules.rule(StaffDraft::emailProblem))
                .bind(v -> v.email, (v, value) -> v.email = value);
        binder.forField(roles)
                .withValidator(FieldRules.rule(StaffDraft::rolesProblem))
                .bind(v -> v.roles, (v, value) -> v.roles = value);
        binder.forField(moduleCodes).bind(v -> v.moduleCodes, (v, value) -> v.moduleCodes = value);
    }

    /**
     * Shows a new account's empty form ({@code account} null) or an existing account with its modules and the number of
     * its active sessions.
     */
    void show(@Nullable StaffSummary account, Set<String> modulesOfAccount, int activeSessions) {
        this.account = account;
        removeAll();
        setHeaderTitle(account == null ? "New staff account" : account.displayName());
        username.setReadOnly(account != null);
        var values = new Values();
        if (account != null) {
            values.username = account.username();
            values.displayName = account.displayName();
            values.email = account.email();
            values.roles = account.roles();
            values.moduleCodes = modulesOfAccount;
        }
        binder.readBean(values);
        var form = new FormLayout(username, displayName, email, roles, moduleCodes);
        form.setColspan(moduleCodes, 2);
        problems.setText("");
        add(form, problems);
        if (account != null) add(actions(account, activeSessions));
        var save = new Button(account == null ? "Create account" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("staff-save");
        var close = new Button("Close", e -> fireEvent(new CloseEvent(this)));
        close.setId("staff-close");
        var buttons = new Div(close, save);
        buttons.addClassName("dialog-buttons");
        add(buttons);
    }

    /** A refusal of the service (a username in use, an unknown module), shown under the form. */
    void showProblem(String message) {
        problems.setText(message);
    }

    private Div actions(StaffSummary current, int activeSessions) {
        var state = new Paragraph(StaffListView.accountState(current) + " · " + activeSessions + " active session(s)");
        state.setId("staff-state");
        var enable =
                actionButton(current.enabled() ? "Disable account" : "Enable account", Action.TOGGLE_ENABLED, current);
        enable.setId("staff-toggle-enabled");
        var reset = actionButton("Reset password", Action.RESET_PASSWORD, current);
        reset.setId("staff-reset-password");
        var sessions = actionButton("End sessions", Action.END_SESSIONS, current);
        sessions.setId("staff-end-sessions");
        var actions = new Div(enable, reset, sessions);
        if (current.locked()) {
            var unlock = actionButton("Unlock", Action.UNLOCK, current);
            unlock.setId("staff-unlock");
            actions.add(unlock);
        }
        var history = new Anchor("audit?entity=StaffUser&id=" + current.id(), "History");
        history.setId("staff-history");
        actions.add(history);
        actions.addClassName("detail-actions");
        return new Div(state, actions);
    }

    private Button actionButton(String label, Action action, StaffSummary current) {
        return new Button(label, e -> fireEvent(new ActionEvent(this, action, current)));
    }

    private void save() {
        var values = new Values();
        if (binder.writeBeanIfValid(values)) {
            problems.setText("");
            var draft = new StaffDraft(
                    values.username,
                    values.displayName,
                    values.email,
                    values.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(values.roles));
            fireEvent(new SaveEvent(this, account, draft, new TreeSet<>(values.moduleCodes)));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** A valid draft and the modules the account teaches; {@link #account()} is null for a new account. */
    static final class SaveEvent extends ComponentEvent<StaffDialog> {
        private final @Nullable StaffSummary account;
        private final StaffDraft draft;
        private final Set<String> moduleCodes;

        SaveEvent(StaffDialog source, @Nullable StaffSummary account, StaffDraft draft, Set<String> moduleCodes) {
            super(source, false);
            this.account = account;
            this.draft = draft;
            this.moduleCodes = moduleCodes;
        }

        @Nullable
        StaffSummary account() {
            return account;
        }

        StaffDraft draft() {
            return draft;
        }

        Set<String> moduleCodes() {
            return moduleCodes;
        }
    }

    /** An action on the account as the dialog showed it (its version is the one the user saw). */
    static final class ActionEvent extends ComponentEvent<StaffDialog> {
        private final Action action;
        private final StaffSummary account;

        ActionEvent(StaffDialog source, Action action, StaffSummary account) {
            super(source, false);
            this.action = action;
            this.account = account;
        }

        Action action() {
            return action;
        }

        StaffSummary account() {
            return account;
        }
    }

    static final class CloseEvent extends ComponentEvent<StaffDialog> {
        CloseEvent(StaffDialog source) {
            super(source, false);
        }
    }

    private static final class Values {
        String username = "";
        String displayName = "";
        String email = "";
        Set<Role> roles = Set.of();
        Set<String> moduleCodes = Set.of();
    }
}
