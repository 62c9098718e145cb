package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.AssessmentDraft;
import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentType;
import com.cohortdesk.assessment.DeadlineFormat;
import com.cohortdesk.assessment.LocalDeadline;
import com.cohortdesk.assessment.SaveOutcome;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.FieldRules;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits an assessment. Times are entered in a chosen zone (Europe/London by default); the dialog shows
 * what each time is in UK time. Each field is checked by {@link AssessmentDraft}'s rule for it (a time a clock change
 * makes impossible or ambiguous is refused on its field); a valid form fires {@link SaveEvent} with the draft and the
 * view asks the service. A save that makes a clash asks for confirmation ({@link #confirmClash}), naming the other
 * deadlines; "Save anyway" fires {@link SaveEvent} again, confirmed. "Delete" fires {@link DeleteEvent}.
 */
class AssessmentDialog extends Dialog {

    /** What the form holds while it is edited. */
    static final class Fields {
        @Nullable
        OfferingRow offering;

        @Nullable
        AssessmentType type;

        String title = "";

        @Nullable
        BigDecimal weight;

        @Nullable
        String zone = ProgrammeTime.ZONE.getId();

        @Nullable
        LocalDateTime release;

        @Nullable
        LocalDateTime due;

        @Nullable
        LocalDateTime cutOff;
    }

    private final Binder<Fields> binder = new Binder<>();
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
    private final Map<DateTimePicker, Binder.Binding<Fields, LocalDateTime>> timeBindings = new HashMap<>();

    AssessmentDialog(List<OfferingRow> offerings, @Nullable AssessmentRow existing) {
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
        bind();
        binder.readBean(existing == null ? fresh(offerings) : fields(existing, offerings));
        offering.setEnabled(existing == null);
        zone.addValueChangeListener(e -> {
            showInUk();
            revalidateIfInvalid(release, due, cutOff);
        });
        due.addValueChangeListener(e -> {
            showInUk();
            revalidateIfInvalid(release, cutOff);
        });
        cutOff.addValueChangeListener(e -> showInUk());
        var form = new FormLayout(offering, type, title, weight, zone, release, due, cutOff);
        form.setColspan(offering, 2);
        form.setColspan(title, 2);
        add(form, inUk, problem);
        var save = Feedback.primary("Save", () -> save(false));
        save.setId("assessment-save");
        var cancel = new Button("Cancel", e -> fireEvent(new CloseEvent(this)));
        cancel.setId("assessment-cancel");
        var buttons = new Div();
        buttons.addClassName("dialog-buttons");
        if (existing != null) {
            var delete = new Button("Delete", e -> fireEvent(new DeleteEvent(this)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("assessment-delete");
            delete.getStyle().set("margin-inline-end", "auto");
            buttons.add(delete);
        }
        buttons.add(cancel, save);
        add(buttons);
        showInUk();
    }

    private void bind() {
        binder.forField(offering).asRequired("Choose the module.").bind(f -> f.offering, (f, v) -> f.offering = v);
        binder.forField(type)
                .withValidator(FieldRules.rule(AssessmentDraft::typeProblem))
                .bind(f -> f.type, (f, v) -> f.type = v);
        binder.forField(title)
                .withValidator(FieldRules.rule(AssessmentDraft::titleProblem))
                .bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(weight)
                .withValidator(FieldRules.rule(AssessmentDraft::weightProblem))
                .bind(f -> f.weight, (f, v) -> f.weight = v);
        binder.forField(zone)
                .withValidator(FieldRules.rule(ProgrammeTime::zoneProblem))
                .bind(f -> f.zone, (f, v) -> f.zone = v);
        timeBindings.put(
                release,
                binder.forField(release)
                        .withValidator(
                                FieldRules.rule(v -> AssessmentDraft.releaseProblem(v, due.getValue(), zoneId())))
                        .bind(f -> f.release, (f, v) -> f.release = v));
        timeBindings.put(
                due,
                binder.forField(due)
                        .withValidator(FieldRules.rule(v -> AssessmentDraft.dueProblem(v, zoneId())))
                        .bind(f -> f.due, (f, v) -> f.due = v));
        timeBindings.put(
                cutOff,
                binder.forField(cutOff)
                        .withValidator(FieldRules.rule(v -> AssessmentDraft.cutOffProblem(v, due.getValue(), zoneId())))
                        .bind(f -> f.cutOff, (f, v) -> f.cutOff = v));
    }

    /** Fields whose rule reads this one's value are checked again once they show an error, so the error does not go stale. */
    private void revalidateIfInvalid(DateTimePicker... dependents) {
        for (var field : dependents) {
            var binding = timeBindings.get(field);
            if (field.isInvalid() && binding != null) binding.validate();
        }
    }

    private static DateTimePicker picker(String label) {
        var picker = new DateTimePicker(label);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(Locale.UK);
        return picker;
    }

    private static Fields fresh(List<OfferingRow> offerings) {
        var fields = new Fields();
        if (offerings.size() == 1) fields.offering = offerings.getFirst();
        return fields;
    }

    private static Fields fields(AssessmentRow row, List<OfferingRow> offerings) {
        var fields = new Fields();
        fields.offering = offerings.stream()
                .filter(o -> o.id() == row.offeringId())
                .findFirst()
                .orElse(null);
        fields.type = row.type();
        fields.title = row.title();
        fields.weight = row.weight();
        fields.zone = row.entryZone();
        fields.release = LocalDateTime.ofInstant(row.release(), row.zone());
        fields.due = LocalDateTime.ofInstant(row.due(), row.zone());
        fields.cutOff = row.cutOff() == null ? null : LocalDateTime.ofInstant(row.cutOff(), row.zone());
        return fields;
    }

    private @Nullable ZoneId zoneId() {
        return ProgrammeTime.parseZone(zone.getValue()).orElse(null);
    }

    /** What the deadline and cut-off are in UK time, or why they have no time there. */
    private void showInUk() {
        var zoneId = zoneId();
        var lines = new StringBuilder();
        for (var field : List.of(due, cutOff)) {
            if (zoneId == null || field.getValue() == null) continue;
            var conversion = LocalDeadline.toInstant(field.getValue(), zoneId);
            var what = field == due ? "Deadline" : "Cut-off";
            lines.append(lines.isEmpty() ? "" : " · ")
                    .append(what)
                    .append(": ")
                    .append(
                            conversion.ok()
                                    ? DeadlineFormat.format(conversion.require(), ProgrammeTime.ZONE)
                                    : conversion.problem());
        }
        inUk.setText(lines.toString());
        inUk.setVisible(!lines.isEmpty());
    }

    private void save(boolean clashConfirmed) {
        problem.setText("");
        var fields = new Fields();
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(fields) || fields.offering == null) return;
        var draft = new AssessmentDraft(
                fields.offering.id(),
                fields.type,
                fields.title,
                fields.weight,
                fields.zone == null ? "" : fields.zone,
                fields.release,
                fields.due,
                fields.cutOff);
        fireEvent(new SaveEvent(this, draft, clashConfirmed));
    }

    /** Shows why the service refused the save or the deletion (a rule across fields or records). */
    void showProblem(String message) {
        problem.setText(message);
    }

    /** Asks whether to save despite the clash the service found; "Save anyway" fires {@link SaveEvent}, confirmed. */
    void confirmClash(SaveOutcome outcome) {
        var list = new UnorderedList();
        outcome.clashes().forEach(c -> list.add(new ListItem(c)));
        var dialog = new ConfirmDialog();
        dialog.setId("clash-dialog");
        dialog.setHeader("This makes " + (outcome.clashes().size() + 1) + " deadlines within 7 days");
        dialog.setText(new Div(
                new Paragraph("The cohort's limit is " + outcome.threshold() + " deadlines in any 7 days. "
                        + "This deadline would fall in the same 7 days as:"),
                list,
                new Paragraph("Save it anyway, or go back and move it.")));
        dialog.setConfirmText("Save anyway");
        dialog.setCancelable(true);
        dialog.setCancelText("Go back");
        dialog.addConfirmListener(e -> save(true));
        dialog.open();
    }

    /** Fired by "Save" when every field passes its rule; {@code clashConfirmed} once the user chose "Save anyway". */
    static final class SaveEvent extends ComponentEvent<AssessmentDialog> {
        private final AssessmentDraft draft;
        private final boolean clashConfirmed;

        SaveEvent(AssessmentDialog source, AssessmentDraft draft, boolean clashConfirmed) {
            super(source, false);
            this.draft = draft;
            this.clashConfirmed = clashConfirmed;
        }

        AssessmentDraft draft() {
            return draft;
        }

        boolean clashConfirmed() {
            return clashConfirmed;
        }
    }

    /** Fired by "Delete" (editing only). */
    static final class DeleteEvent extends ComponentEvent<AssessmentDialog> {
        DeleteEvent(AssessmentDialog source) {
            super(source, false);
        }
    }

    /** Fired by "Cancel": close without saving. */
    static final class CloseEvent extends ComponentEvent<AssessmentDialog> {
        CloseEvent(AssessmentDialog source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
