package com.cohortdesk.programme.ui;

import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.programme.ModuleSummary;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The module catalogue; faculty see the modules they teach. */
@Route("modules")
@PageTitle("Modules")
@Menu(order = 3, icon = "vaadin:book", title = "Modules")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class ModuleListView extends VerticalLayout {

    ModuleListView(ModuleService modules, CurrentUser currentUser) {
        setSizeFull();
        boolean admin = currentUser.isAdmin();
        var grid = new ModuleGrid();
        grid.setItems(admin ? modules.listModules() : modules.myModules());
        add(
                new ViewHeader(
                        admin
                                ? "The programme's twelve modules over six terms (90 ECTS); ethics is taught in three parts, in terms 1, 3 and 5."
                                : "The modules you teach."),
                grid);
        setFlexGrow(1, grid);
    }

    /** The module table, shared by this view and the faculty dashboard. */
    public static class ModuleGrid extends Grid<ModuleSummary> {
        public ModuleGrid() {
            setId("module-grid");
            addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
            addColumn(ModuleSummary::code)
                    .setHeader("Code")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setSortable(true);
            addColumn(ModuleSummary::title).setHeader("Title").setFlexGrow(3).setSortable(true);
            addColumn(ModuleSummary::terms)
                    .setHeader("Terms")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            addColumn(ModuleSummary::ectsText)
                    .setHeader("ECTS")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            addColumn(m -> String.join(", ", m.faculty())).setHeader("Faculty").setFlexGrow(2);
            setAllRowsVisible(false);
        }
    }
}
