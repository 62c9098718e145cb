package com.cohortdesk.security.ui;

import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Staff accounts (administrators only). */
@Route("staff")
@PageTitle("Staff")
@Menu(order = 5, icon = "vaadin:user-card", title = "Staff")
@RolesAllowed(Role.ADMIN_NAME)
public class StaffListView extends VerticalLayout {

    StaffListView(StaffService staff) {
        setSizeFull();
        var grid = new Grid<StaffSummary>();
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffSummary::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(StaffSummary::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        grid.addColumn(StaffSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(s -> s.roles().stream().map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase())
                .sorted().collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(s -> s.enabled() ? "Enabled" : "Disabled").setHeader("Account").setAutoWidth(true);
        grid.setItems(staff.listStaff());
        add(new ViewHeader("Programme administrators and faculty who can sign in to Cohort Desk."), grid);
        setFlexGrow(1, grid);
    }
}
