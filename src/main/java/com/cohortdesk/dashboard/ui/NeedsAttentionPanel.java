package com.cohortdesk.dashboard.ui;

import com.cohortdesk.dashboard.AttentionReport;
import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The administrator's "Needs attention": one line per kind (or per cohort), each with its count and a link to exactly those. */
class NeedsAttentionPanel extends Div {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    NeedsAttentionPanel(AttentionReport report) {
        addClassNames("dashboard-section", "needs-attention");
        setId("needs-attention");
        add(new H2("Needs attention"));
        var computed = "Computed " + AT.format(report.computedAt().atZone(ProgrammeTime.ZONE)) + " UK time.";
        if (report.nothing()) {
            var empty = new Paragraph("Nothing needs attention. " + computed);
            empty.setId("nothing-needs-attention");
            add(empty);
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
        add(list, note);
    }
}
