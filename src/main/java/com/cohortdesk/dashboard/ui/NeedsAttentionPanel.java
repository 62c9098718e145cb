package com.cohortdesk.dashboard.ui;

import com.cohortdesk.dashboard.AttentionReport;
import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The administrator's "Needs attention": one line per kind (or per cohort), each with its count and a link to exactly
 * those, when it was computed, and "Refresh" to compute it now.
 */
class NeedsAttentionPanel extends Div {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private final Div content = new Div();

    NeedsAttentionPanel(AttentionReport report, Supplier<AttentionReport> refresh) {
        addClassNames("dashboard-section", "needs-attention");
        setId("needs-attention");
        var again = new Button("Refresh", e -> show(refresh.get()));
        again.setId("refresh-attention");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        again.setTooltipText("Compute these figures now");
        var heading = new HorizontalLayout(new H2("Needs attention"), again);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.addClassName("section-heading");
        add(heading, content);
        show(report);
    }

    private void show(AttentionReport report) {
        content.removeAll();
        var computed = "Computed " + AT.format(report.computedAt().atZone(ProgrammeTime.ZONE)) + " UK time.";
        if (report.nothing()) {
            var empty = new Paragraph("Nothing needs attention. " + computed);
            empty.setId("nothing-needs-attention");
            content.add(empty);
            return;
        }
        var list = new UnorderedList();
        list.addClassName("attention-list");
        for (var item : report.items()) {
            var count = new Span(String.valueOf(item.count()));
            count.addClassName("attention-count");
            var link = new Anchor(item.href(), item.text());
            link.addClassName("attention-link");
            var line = new ListItem(count, link);
            line.getElement().setAttribute("data-kind", item.kind());
            list.add(line);
        }
        var note = new Paragraph(computed);
        note.addClassName("attention-computed");
        content.add(list, note);
    }
}
