package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.AssessmentDraft;
import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.assessment.AssessmentType;
import com.cohortdesk.assessment.DeadlineFormat;
import com.cohortdesk.assessment.LocalDeadline;
import com.cohortdesk.assessment.SaveOutcome;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits an assessment. Times are entered in a chosen zone (Europe/London by default); the
 * dialog shows what each time is in UK time, and refuses times a clock change makes impossible or
 * ambiguous. A save that makes a clash asks for confirmation, naming the other deadlines.
 */
class AssessmentDialog extends Dialog {

    private final AssessmentService assessments;
    private final @Nullable AssessmentRow existing;
    private final Runnable onSaved;
    private final Select<OfferingRow> offering = new Select<>();
    private final Select<AssessmentType> type = new Select<>();
    private final TextField title = new TextField("Title");
    private final BigDecimalField weight = new BigDecimalField("Weight (%)");
    private final TimeZoneField zone = TimeZoneField.forEntry("Time zone", ProgrammeTime.ZONE);
    private final DateTimePicker release = picker("Release");
    private final DateTimePicker due = picker("Deadline");
    private final DateTimePicker cutOff = picker("Cut-off (optional)");
    private final Paragraph inUk = new Paragraph();
    private final Paragraph problem = new Paragraph();

    AssessmentDialog(AssessmentService assessments, List<OfferingRow> offerings, @Nullable AssessmentRow existing, Runnable onSaved) {
        this.assessments = assessments;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New deadline" : "Edit " + existing.moduleCode() + " " + existing.title());
        setId("assessment-dialog");
        setWidth("720px");
        offering.setLabel("Module");
        offering.setItems(offerings);
        offering.setItemLabelGenerator(o -> o.moduleLabel() + " · " + o.cohortName() + ", term " + o.term());
        offering.setId("assessment-offering");
        type.setLabel("Type");
        type.setItems(AssessmentType.values());
        type.setItemLabelGenerator(AssessmentType::label);
        type.setId("assessment-type");
        title.setId("assessment-title");
        title.setMaxLength(AssessmentDraft.TITLE_LENGTH);
        weight.setId("assessment-weight");
        zone.setId("assessment-zone");
        release.setId("assessment-release");
        due.setId("assessment-due");
        cutOff.setId("assessment-cut-off");
        inUk.setId("assessment-in-uk");
        inUk.addClassName("local-time");
        problem.addClassName("form-problems");
        problem.setId("assessment-problem");
        if (existing != null) fill(existing, offerings);
        else if (offerings.size() == 1) offering.setValue(offerings.getFirst());
        offering.setEnabled(existing == null);
        zone.addValueChangeListener(e -> showInUk());
        due.addValueChangeListener(e -> showInUk());
        cutOff.addValueChangeListener(e -> showInUk());
        var form = new FormLayout(offering, type, title, weight, zone, release, due, cutOff);
        form.setColspan(offering, 2);
        form.setColspan(title, 2);
        add(form, inUk, problem);
        var save = Feedback.primary("Save", () -> save(false));
        save.setId("assessment-save");
        var cancel = new Button("Cancel", e -> close());
        var buttons = new Div();
        buttons.addClassName("dialog-buttons");
        if (existing != null) {
            var delete = new Button("Delete", e -> delete(existing));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("assessment-delete");
            delete.getStyle().set("margin-inline-end", "auto");
            buttons.add(delete);
        }
        buttons.add(cancel, save);
        add(buttons);
        showInUk();
    }

    private static DateTimePicker picker(String label) {
        var picker = new DateTimePicker(label);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(Locale.UK);
        return picker;
    }

    private void fill(AssessmentRow row, List<OfferingRow> offerings) {
        offerings.stream().filter(o -> o.id() == row.offeringId()).findFirst().ifPresent(offering::setValue);
        type.setValue(row.type());
        title.setValue(row.title());
        weight.setValue(row.weight());
        zone.setValue(row.entryZone());
        release.setValue(LocalDateTime.ofInstant(row.release(), row.zone()));
        due.setValue(LocalDateTime.ofInstant(row.due(), row.zone()));
        if (row.cutOff() != null) cutOff.setValue(LocalDateTime.ofInstant(row.cutOff(), row.zone()));
    }

    /** What the deadline and cut-off are in UK time, or why they have no time there. */
    private void showInUk() {
        var zoneId = zone.getValue() == null ? null : ProgrammeTime.parseZone(zone.getValue()).orElse(null);
        var lines = new StringBuilder();
        for (var field : List.of(due, cutOff)) {
            if (zoneId == null || field.getValue() == null) continue;
            var conversion = LocalDeadline.toInstant(field.getValue(), zoneId);
            var what = field == due ? "Deadline" : "Cut-off";
            lines.append(lines.isEmpty() ? "" : " · ").append(what).append(": ").append(conversion.ok()
                    ? DeadlineFormat.format(conversion.require(), ProgrammeTime.ZONE) : conversion.problem());
        }
        inUk.setText(lines.toString());
        inUk.setVisible(!lines.isEmpty());
    }

    private AssessmentDraft draft() {
        return new AssessmentDraft(offering.getValue() == null ? 0 : offering.getValue().id(), type.getValue(), title.getValue(),
                weight.getValue(), zone.getValue() == null ? "" : zone.getValue(), release.getValue(), due.getValue(),
                cutOff.getValue());
    }

    private void save(boolean clashConfirmed) {
        if (offering.getValue() == null) {
            showProblem("Choose the module.");
            return;
        }
        var outcome = new SaveOutcome[1];
        var draft = draft();
        boolean done = Feedback.trySave(() -> outcome[0] = existing == null ? assessments.create(draft, clashConfirmed)
                : assessments.update(existing.id(), existing.version(), draft, clashConfirmed), this::showProblem, () -> {
                    close();
                    onSaved.run();
                });
        if (!done) return;
        if (outcome[0].needsConfirmation()) {
            confirmClash(outcome[0]);
            return;
        }
        close();
        onSaved.run();
        var saved = outcome[0].saved();
        Feedback.saved(saved.moduleCode() + " " + saved.title() + " due " + saved.dueText()
                + (outcome[0].clashes().isEmpty() ? "." : ", despite the clash."));
    }

    private void confirmClash(SaveOutcome outcome) {
        var list = new UnorderedList();
        outcome.clashes().forEach(c -> list.add(new ListItem(c)));
        var dialog = new ConfirmDialog();
        dialog.setId("clash-dialog");
        dialog.setHeader("This makes " + (outcome.clashes().size() + 1) + " deadlines within 7 days");
        dialog.setText(new Div(new Paragraph("The cohort's limit is " + outcome.threshold() + " deadlines in any 7 days. "
                + "This deadline would fall in the same 7 days as:"), list, new Paragraph("Save it anyway, or go back and move it.")));
        dialog.setConfirmText("Save anyway");
        dialog.setCancelable(true);
        dialog.setCancelText("Go back");
        dialog.addConfirmListener(e -> save(true));
        dialog.open();
    }

    private void delete(AssessmentRow row) {
        if (Feedback.trySave(() -> assessments.delete(row.id(), row.version()), this::showProblem, () -> {
            close();
            onSaved.run();
        })) {
            close();
            onSaved.run();
            Feedback.saved(row.moduleCode() + " " + row.title() + " deleted.");
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
    }
}
