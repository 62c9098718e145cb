package com.cohortdesk.security.ui;

import com.cohortdesk.security.IssuedPassword;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.security.TeachingAssignments;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Staff accounts (administrators only): the list, and a dialog to create or manage an account. The dialog fires what
 * the user asked for; this view calls the service and shows the outcome.
 */
@Route("staff")
@PageTitle("Staff")
@Menu(order = 5, icon = "vaadin:user-card", title = "Staff")
@RolesAllowed(Role.ADMIN_NAME)
public class StaffListView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    private final StaffService staff;
    private final TeachingAssignments modules;
    private final Grid<StaffSummary> grid = new Grid<>();

    StaffListView(StaffService staff, TeachingAssignments modules) {
        this.staff = staff;
        this.modules = modules;
        setSizeFull();
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffSummary::displayName)
                .setHeader("Name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(StaffSummary::username)
                .setHeader("Username")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(StaffSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(s -> roles(s.roles())).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(StaffListView::accountState).setHeader("Account").setAutoWidth(true);
        GridRows.open(grid, this::open);
        var create = Feedback.primary("New account", () -> open(null));
        create.setId("new-staff");
        add(
                new ViewHeader(
                        "Programme administrators and faculty who can sign in to Cohort Desk. Select an account to "
                                + "edit it, assign modules, disable it, reset its password or end its sessions.",
                        create),
                grid);
        setFlexGrow(1, grid);
        refresh();
    }

    static String roles(Set<Role> roles) {
        return roles.stream()
                .map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    static String accountState(StaffSummary s) {
        if (!s.enabled()) return "Disabled";
        if (s.lockedUntil() != null)
            return "Locked until " + TIME.format(s.lockedUntil().atZone(ProgrammeTime.ZONE)) + " UK time";
        return s.passwordChangeRequired() ? "Enabled, one-time password" : "Enabled";
    }

    private void open(@Nullable StaffSummary account) {
        var dialog = new StaffDialog(modules.moduleTitles());
        show(dialog, account);
        dialog.addSaveListener(e -> save(dialog, e));
        dialog.addActionListener(e -> act(dialog, e.action(), e.account()));
        dialog.addCloseListener(e -> dialog.close());
        dialog.open();
    }

    private void show(StaffDialog dialog, @Nullable StaffSummary account) {
        if (account == null) dialog.show(null, Set.of(), 0);
        else dialog.show(account, modules.moduleCodesOf(account.id()), staff.activeSessions(account.id()));
    }

    private void reload(StaffDialog dialog, @Nullable StaffSummary account) {
        show(dialog, account == null ? null : staff.get(account.id()));
    }

    private void save(StaffDialog dialog, StaffDialog.SaveEvent e) {
        var account = e.account();
        if (account == null) {
            IssuedPassword[] issued = new IssuedPassword[1];
            if (Feedback.trySave(
                    () -> issued[0] = staff.invite(e.draft(), e.moduleCodes()),
                    dialog::showProblem,
                    () -> reload(dialog, null))) {
                refresh();
                dialog.close();
                showPassword(issued[0]);
            }
        } else if (Feedback.trySave(
                () -> {
                    staff.update(account.id(), account.version(), e.draft());
                    modules.setModulesOf(account.id(), e.moduleCodes());
                },
                dialog::showProblem,
                () -> reload(dialog, account))) {
            refresh();
            dialog.close();
            Feedback.saved(e.draft().displayName() + " saved.");
        }
    }

    private void act(StaffDialog dialog, StaffDialog.Action action, StaffSummary account) {
        switch (action) {
            case TOGGLE_ENABLED ->
                changed(
                        dialog,
                        account,
                        () -> staff.setEnabled(account.id(), account.version(), !account.enabled()),
                        account.enabled()
                                ? account.displayName() + " is disabled; their sessions ended."
                                : account.displayName() + " is enabled.");
            case UNLOCK ->
                changed(
                        dialog,
                        account,
                        () -> staff.unlock(account.id()),
                        account.displayName() + " can sign in again.");
            case RESET_PASSWORD -> {
                var issued = staff.resetPassword(account.id());
                refresh();
                show(dialog, issued.account());
                showPassword(issued);
            }
            case END_SESSIONS -> {
                int ended = staff.endSessions(account.id());
                Feedback.saved(ended + " session(s) of " + account.displayName() + " ended.");
                show(dialog, account);
            }
        }
    }

    private void changed(StaffDialog dialog, StaffSummary account, Supplier<StaffSummary> change, String message) {
        StaffSummary[] changed = new StaffSummary[1];
        if (Feedback.trySave(() -> changed[0] = change.get(), dialog::showProblem, () -> reload(dialog, account))) {
            refresh();
            show(dialog, changed[0]);
            Feedback.saved(message);
        }
    }

    private void showPassword(IssuedPassword issued) {
        var dialog = new ConfirmDialog();
        dialog.setId("one-time-password-dialog");
        dialog.setHeader("One-time password for " + issued.account().username());
        var password = new Paragraph(issued.oneTimePassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        dialog.setText(new Div(
                new Paragraph(
                        "Give this password to " + issued.account().displayName()
                                + " in person or by a separate channel. It is shown only now; they must choose their own password when they sign in."),
                password));
        dialog.setConfirmText("Done");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(staff.listStaff());
    }
}
