package com.cohortdesk.dashboard.ui;

import com.cohortdesk.dashboard.AttentionKind;
import com.cohortdesk.dashboard.AttentionRow;
import com.cohortdesk.dashboard.DashboardService;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.QueryParams;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One line of "Needs attention" opened: exactly the things it counts, each linking to the page to act on it.
 * URL: /attention?kind=session-full (optionally &amp;cohort=3).
 */
@Route("attention")
@RolesAllowed(Role.ADMIN_NAME)
public class AttentionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final Grid<AttentionRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private String title = "Needs attention";

    AttentionListView(DashboardService dashboard) {
        this.dashboard = dashboard;
        setSizeFull();
        grid.setId("attention-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AttentionRow::cohort)
                .setHeader("Cohort")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor(r.href(), r.subject()))
                .setHeader("What")
                .setFlexGrow(2);
        grid.addColumn(AttentionRow::detail).setHeader("Details").setFlexGrow(3);
        summary.setId("attention-summary");
        add(
                new ViewHeader(
                        "What needs attention, as the dashboard counts it. Open one to act on it.",
                        new Anchor("", "Back to the dashboard")),
                summary,
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        var kind = params.getSingleParameter("kind").flatMap(AttentionKind::ofKey);
        var cohortId = params.getSingleParameter("cohort")
                .flatMap(QueryParams::parseLong)
                .orElse(null);
        if (kind.isEmpty()) {
            title = "Needs attention";
            summary.setText("Choose a line of \"Needs attention\" on the dashboard.");
            grid.setItems(List.of());
            return;
        }
        List<AttentionRow> rows = dashboard.attentionRows(kind.get(), cohortId);
        title = kind.get().title();
        summary.setText(kind.get().title()
                + (cohortId != null && !rows.isEmpty() ? " (" + rows.getFirst().cohort() + ")" : "") + ": "
                + rows.size() + ".");
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
