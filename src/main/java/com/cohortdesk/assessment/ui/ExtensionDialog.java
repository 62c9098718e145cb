package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionRow;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.assessment.LearnerChoice;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An assessment's extensions: the history (every grant, newest first) and, for administrators, a form
 * granting the same extension to one learner or a selection at once.
 */
class ExtensionDialog extends Dialog {

    private final ExtensionService extensions;
    private final AssessmentRow assessment;
    private final Runnable onGranted;
    private final Grid<ExtensionRow> history = new Grid<>();

    ExtensionDialog(ExtensionService extensions, AssessmentRow assessment, boolean admin, Runnable onGranted) {
        this.extensions = extensions;
        this.assessment = assessment;
        this.onGranted = onGranted;
        setId("extension-dialog");
        setHeaderTitle("Extensions: " + assessment.moduleCode() + " " + assessment.title());
        setWidth("960px");
        var facts = new Paragraph(assessment.cohortName() + ", term " + assessment.term() + " · due " + assessment.dueText()
                + (assessment.cutOffText() == null ? "" : " · cut-off " + assessment.cutOffText()));
        facts.setId("extension-facts");
        add(facts);
        if (admin) add(grantForm());
        history.setId("extension-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(ExtensionRow::learnerName).setHeader("Learner").setFlexGrow(1);
        history.addColumn(ExtensionRow::newDueForLearner).setHeader("New deadline (learner's zone)").setFlexGrow(2);
        history.addColumn(ExtensionRow::newDueText).setHeader("As granted").setFlexGrow(2);
        history.addColumn(ExtensionRow::reason).setHeader("Reason").setFlexGrow(1);
        history.addColumn(r -> r.approvedBy() + ", " + r.grantedText()).setHeader("Approved").setFlexGrow(2);
        history.setEmptyStateText("No extensions granted.");
        history.setAllRowsVisible(true);
        add(new H4("History"), history);
        refresh();
        var close = new Button("Close", e -> close());
        close.setId("extension-close");
        var buttons = new Div(close);
        buttons.addClassName("dialog-buttons");
        add(buttons);
    }

    private FormLayout grantForm() {
        var learners = new MultiSelectComboBox<LearnerChoice>("Learners");
        learners.setItems(extensions.candidates(assessment.id()));
        learners.setItemLabelGenerator(l -> l.fullName() + " (" + l.timeZone() + ")");
        learners.setId("extension-learners");
        learners.setPlaceholder("One or several learners");
        var zone = TimeZoneField.forEntry("Time zone", ProgrammeTime.ZONE);
        zone.setValue(assessment.entryZone());
        zone.setId("extension-zone");
        var newDue = new DateTimePicker("New deadline");
        newDue.setStep(Duration.ofMinutes(15));
        newDue.setLocale(Locale.UK);
        newDue.setValue(LocalDateTime.ofInstant(assessment.due(), assessment.zone()).plusWeeks(1));
        newDue.setId("extension-due");
        var newCutOff = new DateTimePicker("New cut-off (optional)");
        newCutOff.setStep(Duration.ofMinutes(15));
        newCutOff.setLocale(Locale.UK);
        newCutOff.setId("extension-cut-off");
        var reason = new TextArea("Reason");
        reason.setMaxLength(500);
        reason.setId("extension-reason");
        var problem = new Paragraph();
        problem.addClassName("form-problems");
        problem.setId("extension-problem");
        var grant = Feedback.primary("Grant extension", () -> {
            var ids = learners.getValue().stream().map(LearnerChoice::id).collect(Collectors.toCollection(HashSet::new));
            var count = new int[1];
            if (Feedback.trySave(() -> count[0] = extensions.grant(new ExtensionDraft(assessment.id(), ids,
                    zone.getValue() == null ? "" : zone.getValue(), newDue.getValue(), newCutOff.getValue(), reason.getValue())),
                    problem::setText, this::refresh)) {
                problem.setText("");
                learners.clear();
                reason.clear();
                refresh();
                onGranted.run();
                Feedback.saved("Extension granted to " + count[0] + (count[0] == 1 ? " learner." : " learners."));
            }
        });
        grant.setId("extension-grant");
        var grantBox = new Div(grant);
        grantBox.addClassName("dialog-buttons");
        var form = new FormLayout(learners, zone, newDue, newCutOff, reason, problem, grantBox);
        form.setColspan(learners, 2);
        form.setColspan(reason, 2);
        form.setColspan(problem, 2);
        form.setColspan(grantBox, 2);
        return form;
    }

    private void refresh() {
        history.setItems(extensions.history(assessment.id()));
    }
}
