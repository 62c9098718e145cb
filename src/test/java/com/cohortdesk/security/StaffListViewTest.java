package com.cohortdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.security.ui.StaffListView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class StaffListViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeCreatedAccounts() {
        jdbc.update("delete from staff_user where username = 'gita'");
        jdbc.update("update staff_user set display_name = 'Dr Chen Wei' where username = 'chen'");
    }

    @SuppressWarnings("unchecked")
    private Grid<StaffSummary> grid() {
        return _get(Grid.class, s -> s.withId("staff-grid"));
    }

    @Test
    void administratorSeesEveryAccountWithRoles() {
        signIn("admin");
        navigate("staff");
        NavigatorKt.expectView(StaffListView.class);
        // admin, six faculty, and grace (disabled: she left; the dashboard's demo of a session without a host)
        assertThat(GridKt._size(grid())).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .containsExactly("Alex Morgan", "admin", "admin@cohortdesk.example", "Admin", "Enabled");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAFacultyAccountWithModulesAndShowsItsOneTimePasswordOnce() {
        signIn("admin");
        navigate("staff");
        _click(_get(Button.class, s -> s.withId("new-staff")));
        _setValue(_get(TextField.class, s -> s.withId("staff-username")), "gita");
        _setValue(_get(TextField.class, s -> s.withId("staff-name")), "Dr Gita Rao");
        _setValue(_get(EmailField.class, s -> s.withId("staff-email")), "gita@cohortdesk.example");
        _setValue(_get(CheckboxGroup.class, s -> s.withId("staff-roles")), Set.of(Role.FACULTY));
        _setValue(_get(MultiSelectComboBox.class, s -> s.withId("staff-modules")), Set.of("MLDS301"));
        _click(_get(Button.class, s -> s.withId("staff-save")));
        var password = _get(Paragraph.class, s -> s.withId("one-time-password")).getText();
        assertThat(PasswordPolicy.problem(password)).isNull();
        assertThat(GridKt._size(grid())).isEqualTo(9);
        assertThat(jdbc.queryForObject(
                        "select count(*) from module_faculty f join programme_module m on m.id = f.module_id "
                                + "join staff_user u on u.id = f.staff_user_id where u.username = 'gita' and m.code = 'MLDS301'",
                        Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select password_change_required from staff_user where username = 'gita'", Boolean.class))
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aModuleThatCannotBeAssignedLeavesNoAccountAndTheDialogSaysWhy() {
        signIn("admin");
        navigate("staff");
        _click(_get(Button.class, s -> s.withId("new-staff")));
        _setValue(_get(TextField.class, s -> s.withId("staff-username")), "gita");
        _setValue(_get(TextField.class, s -> s.withId("staff-name")), "Dr Gita Rao");
        _setValue(_get(EmailField.class, s -> s.withId("staff-email")), "gita@cohortdesk.example");
        _setValue(_get(CheckboxGroup.class, s -> s.withId("staff-roles")), Set.of(Role.FACULTY));
        // a module removed from the catalogue after the dialog was opened (the list no longer offers it)
        _setValue(_get(MultiSelectComboBox.class, s -> s.withId("staff-modules")), Set.of("MLDS301", "MLDS999"));
        _click(_get(Button.class, s -> s.withId("staff-save")));

        assertThat(_get(Paragraph.class, s -> s.withId("staff-problems")).getText())
                .isEqualTo("There is no module MLDS999.");
        LocatorJ._assertNone(Paragraph.class, s -> s.withId("one-time-password"));
        assertThat(jdbc.queryForObject("select count(*) from staff_user where username = 'gita'", Integer.class))
                .isZero();
        assertThat(GridKt._size(grid())).isEqualTo(8);
    }

    @Test
    void aSecondEditorIsToldSomeoneElseSavedFirst() {
        signIn("admin");
        navigate("staff");
        int row = 0;
        while (!GridKt._get(grid(), row).username().equals("chen")) row++;
        GridKt._clickItem(grid(), row);
        // Meanwhile someone else saves the same account.
        jdbc.update(
                "update staff_user set display_name = 'Changed elsewhere', version = version + 1 where username = 'chen'");
        _setValue(_get(TextField.class, s -> s.withId("staff-name")), "Dr Chen Wei (mine)");
        _click(_get(Button.class, s -> s.withId("staff-save")));
        assertThat(_get(ConfirmDialog.class, s -> s.withId("conflict-dialog")).isOpened())
                .isTrue();
        assertThat(jdbc.queryForObject("select display_name from staff_user where username = 'chen'", String.class))
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void facultyCannotOpenIt() {
        signIn("divya");
        // Vaadin's access control refuses the navigation (in the browser it shows the not-found page).
        assertThatThrownBy(() -> navigate("staff")).hasRootCauseInstanceOf(AccessDeniedException.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(c -> c.getClass().getSimpleName().endsWith("ListView"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'divya' and action = 'ACCESS_DENIED' "
                                + "and details like 'View refused: /staff%'",
                        Integer.class))
                .isPositive();
        assertThat(LocatorJ._find(StaffListView.class)).isEmpty();
    }
}
