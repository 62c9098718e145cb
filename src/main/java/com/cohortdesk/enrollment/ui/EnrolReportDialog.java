package com.cohortdesk.enrollment.ui;

import com.cohortdesk.enrollment.EnrolReport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Who a bulk enrolment added, and who it skipped and why. */
class EnrolReportDialog extends Dialog {

    EnrolReportDialog(EnrolReport report) {
        setHeaderTitle("Enrolment into term " + report.term() + " of " + report.cohortName());
        setWidth("760px");
        setId("enrol-report");
        var summary = new Paragraph(report.summary() + " Modules: " + String.join(", ", report.modules()) + ". Took "
                + report.millis() + " ms.");
        summary.setId("enrol-summary");
        add(summary);
        if (!report.added().isEmpty()) {
            var added = new Grid<EnrolReport.Added>();
            added.addColumn(EnrolReport.Added::learner).setHeader("Added").setFlexGrow(2);
            added.addColumn(a -> String.join(", ", a.modules()))
                    .setHeader("Modules")
                    .setFlexGrow(2);
            added.setItems(report.added());
            added.setHeight("220px");
            add(new H3("Added (" + report.added().size() + ")"), added);
        }
        if (!report.skipped().isEmpty()) {
            var skipped = new Grid<EnrolReport.Skipped>();
            skipped.addColumn(EnrolReport.Skipped::reason).setHeader("Why").setFlexGrow(1);
            skipped.setItems(report.skipped());
            skipped.setHeight("220px");
            skipped.setId("enrol-skipped");
            add(new H3("Skipped (" + report.skipped().size() + ")"), skipped);
        }
        var close = new Button("Close", e -> close());
        close.setId("enrol-report-close");
        add(close);
    }
}
