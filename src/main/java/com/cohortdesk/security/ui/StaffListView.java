package com.cohortdesk.security.ui;

import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.TeachingAssignments;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts (administrators only): the list, and a dialog to create or manage an account. */
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
        grid.addColumn(StaffSummary::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(StaffSummary::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        grid.addColumn(StaffSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(s -> roles(s.roles())).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(StaffListView::accountState).setHeader("Account").setAutoWidth(true);
        GridRows.open(grid, this::open);
        var create = Feedback.primary("New account", () -> open(null));
        create.setId("new-staff");
        add(new ViewHeader("Programme administrators and faculty who can sign in to Cohort Desk. Select an account to "
                + "edit it, assign modules, disable it, reset its password or end its sessions.", create), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(", "));
    }

    static String accountState(StaffSummary s) {
        if (!s.enabled()) return "Disabled";
        if (s.lockedUntil() != null) return "Locked until " + TIME.format(s.lockedUntil().atZone(ProgrammeTime.ZONE)) + " UK time";
        return s.passwordChangeRequired() ? "Enabled, one-time password" : "Enabled";
    }

    private void open(StaffSummary account) {
        var dialog = new StaffDialog(staff, modules, account, this::refresh);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(staff.listStaff());
    }
}
