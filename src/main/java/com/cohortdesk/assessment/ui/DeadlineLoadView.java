package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.DeadlineLoadService;
import com.cohortdesk.assessment.HeatMap;
import com.cohortdesk.assessment.TermPeriod;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The clash heat map: cohorts × weeks of a teaching period, each cell coloured by the number of
 * deadlines due that week (red when part of a clash). Click a cell to see its deadlines. A CSS grid of
 * plain divs. URL: /deadlines/load.
 */
@Route("deadlines/load")
@PageTitle("Deadline load")
@Menu(order = 2.8, icon = "vaadin:grid-small", title = "Deadline load")
@RolesAllowed(Role.ADMIN_NAME)
public class DeadlineLoadView extends VerticalLayout {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final DeadlineLoadService load;
    private final Select<TermPeriod> period = new Select<>();
    private final Div map = new Div();
    private final Div details = new Div();

    DeadlineLoadView(DeadlineLoadService load, Clock clock) {
        this.load = load;
        setId("deadline-load");
        var periods = load.periods();
        period.setLabel("Teaching period");
        period.setItems(periods);
        period.setItemLabelGenerator(TermPeriod::label);
        period.setId("load-period");
        period.setWidth("min(100%, 48em)");
        var today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        periods.stream()
                .filter(p -> !p.from().isAfter(today))
                .findFirst()
                .or(() -> periods.stream().reduce((a, b) -> b))
                .ifPresent(period::setValue);
        period.addValueChangeListener(e -> render());
        map.setId("heat-map");
        map.addClassName("heat-map");
        details.setId("heat-details");
        details.addClassName("heat-details");
        add(
                new ViewHeader(
                        "Deadlines per cohort and week (Monday to Sunday, UK time). A red cell holds a deadline that lies in "
                                + "7 days with too many deadlines for the cohort. Click a cell to see its deadlines."),
                period,
                legend(),
                map,
                details);
        render();
    }

    private void render() {
        map.removeAll();
        details.removeAll();
        var chosen = period.getValue();
        if (chosen == null) return;
        HeatMap heat = load.heatMap(chosen.from(), chosen.to());
        map.getStyle()
                .set(
                        "grid-template-columns",
                        "minmax(8em, max-content) repeat(" + heat.weeks().size() + ", minmax(2.4em, 1fr))");
        map.add(headerCell(""));
        heat.weeks().forEach(w -> map.add(headerCell(WEEK.format(w))));
        if (heat.rows().isEmpty()) {
            details.add(new Paragraph("No deadlines in this period."));
            return;
        }
        for (var row : heat.rows()) {
            var name = new Div(new Span(row.cohortName()));
            name.addClassName("heat-cohort");
            map.add(name);
            row.cells().forEach(cell -> map.add(cell(row, cell, heat.threshold())));
        }
    }

    private static Div headerCell(String text) {
        var cell = new Div(new Span(text));
        cell.addClassName("heat-week");
        return cell;
    }

    private Div cell(HeatMap.Row row, HeatMap.Cell cell, int threshold) {
        var box = new Div(new Span(cell.count() == 0 ? "" : String.valueOf(cell.count())));
        box.addClassNames("heat-cell", "heat-" + Math.min(cell.count(), 3));
        if (cell.clash()) box.addClassName("heat-clash");
        box.setId("heat-" + row.cohortId() + "-" + cell.week());
        var title = row.cohortName() + ", week of " + DAY.format(cell.week()) + ": " + cell.count()
                + (cell.count() == 1 ? " deadline" : " deadlines") + (cell.clash() ? " (clash)" : "");
        box.getElement().setAttribute("title", title);
        box.getElement().setAttribute("role", "button");
        box.getElement().setAttribute("aria-label", title);
        box.addClickListener(e -> {
            details.removeAll();
            details.add(new H3(title));
            var list = new UnorderedList();
            cell.deadlines().forEach(d -> list.add(new ListItem(d)));
            if (cell.deadlines().isEmpty()) details.add(new Paragraph("No deadlines this week."));
            else details.add(list);
            if (cell.overloadedLearners() > 0) {
                details.add(new Paragraph(cell.overloadedLearners() + " learners have " + threshold
                        + " or more deadlines this week, extensions included."));
            }
        });
        return box;
    }

    private static Div legend() {
        var legend = new Div();
        legend.addClassName("heat-legend");
        String[][] items = {
            {"heat-0", "none"},
            {"heat-1", "1 deadline"},
            {"heat-2", "2"},
            {"heat-3", "3 or more"},
            {"heat-clash", "clash"}
        };
        for (var item : items) {
            var swatch = new Span();
            swatch.addClassNames("heat-swatch", item[0]);
            legend.add(new Span(swatch, new Span(item[1])));
        }
        return legend;
    }
}
