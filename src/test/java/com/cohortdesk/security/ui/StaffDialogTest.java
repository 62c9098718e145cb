package com.cohortdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffDraft;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff account dialog on its own, without Spring or a browser: it fires what the user asks and calls no service. */
class StaffDialogTest {

    private static final StaffSummary CHEN = new StaffSummary(
            4, 2, "chen", "Dr Chen Wei", "chen@cohortdesk.example", Set.of(Role.FACULTY), true, null, false);

    private final StaffDialog dialog = new StaffDialog(Map.of("MLDS301", "Deep learning", "MLDS302", "Ethics III"));
    private final List<StaffDialog.SaveEvent> saved = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private int closed;

    @BeforeEach
    void listen() {
        dialog.addSaveListener(saved::add);
        dialog.addActionListener(e -> actions.add(e.action() + " " + e.account().username()));
        dialog.addCloseListener(e -> closed++);
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return FormTesting.byId(dialog, type, id);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewAccountFiresItsDraftAndModules() {
        dialog.show(null, Set.of(), 0);
        byId(TextField.class, "staff-username").setValue(" Gita ");
        byId(TextField.class, "staff-name").setValue("Dr Gita Rao");
        byId(EmailField.class, "staff-email").setValue("gita@cohortdesk.example");
        byId(CheckboxGroup.class, "staff-roles").setValue(Set.of(Role.FACULTY));
        byId(MultiSelectComboBox.class, "staff-modules").setValue(Set.of("MLDS301"));
        byId(Button.class, "staff-save").click();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().account()).isNull();
        assertThat(saved.getFirst().draft())
                .isEqualTo(new StaffDraft("gita", "Dr Gita Rao", "gita@cohortdesk.example", Set.of(Role.FACULTY)));
        assertThat(saved.getFirst().moduleCodes()).containsExactly("MLDS301");
    }

    @Test
    void invalidFieldsShowTheDraftsRulesAndNothingIsFired() {
        dialog.show(null, Set.of(), 0);
        var username = byId(TextField.class, "staff-username");
        var name = byId(TextField.class, "staff-name");
        var email = byId(EmailField.class, "staff-email");
        username.setValue("x'); drop table learner;--");
        name.setValue("Gita\nRao");
        email.setValue("gita\t@cohortdesk.example");
        byId(Button.class, "staff-save").click();
        assertThat(saved).isEmpty();
        assertThat(username.getErrorMessage()).startsWith("The username needs");
        assertThat(name.getErrorMessage()).contains("line break");
        assertThat(email.getErrorMessage()).isEqualTo("Give a valid email address.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = byId(CheckboxGroup.class, "staff-roles");
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Choose at least one role.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExistingAccountShowsItsValuesAndFiresTheEditedDraftWithTheAccount() {
        dialog.show(CHEN, Set.of("MLDS302"), 1);
        assertThat(byId(TextField.class, "staff-username").isReadOnly()).isTrue();
        assertThat(byId(MultiSelectComboBox.class, "staff-modules").getValue()).containsExactly("MLDS302");
        assertThat(byId(Paragraph.class, "staff-state").getText()).isEqualTo("Enabled · 1 active session(s)");
        byId(TextField.class, "staff-name").setValue("Dr Chen Wei (mine)");
        byId(Button.class, "staff-save").click();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().account()).isEqualTo(CHEN);
        assertThat(saved.getFirst().draft().displayName()).isEqualTo("Dr Chen Wei (mine)");
        assertThat(saved.getFirst().moduleCodes()).containsExactly("MLDS302");
    }

    @Test
    void theAccountsActionsAndCloseAreEventsForTheView() {
        dialog.show(CHEN, Set.of(), 0);
        byId(Button.class, "staff-toggle-enabled").click();
        byId(Button.class, "staff-reset-password").click();
        byId(Button.class, "staff-end-sessions").click();
        assertThat(FormTesting.has(dialog, "staff-unlock"))
                .as("only a locked account unlocks")
                .isFalse();
        byId(Button.class, "staff-close").click();
        assertThat(actions).containsExactly("TOGGLE_ENABLED chen", "RESET_PASSWORD chen", "END_SESSIONS chen");
        assertThat(closed).isOne();
        assertThat(saved).isEmpty();
    }

    @Test
    void theServicesRefusalShowsUnderTheForm() {
        dialog.show(null, Set.of(), 0);
        dialog.showProblem("There is no module MLDS999.");
        assertThat(byId(Paragraph.class, "staff-problems").getText()).isEqualTo("There is no module MLDS999.");
    }
}
