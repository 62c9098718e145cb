package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionRow;
import com.cohortdesk.assessment.LearnerChoice;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.FieldRules;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An assessment's extensions: the history (every grant, newest first) and, for administrators, a form granting the same
 * extension to one learner or a selection at once. Each field is checked by {@link ExtensionDraft}'s rule for it; a
 * valid form fires {@link SaveEvent} with the draft and the view asks the service, then shows the new history
 * ({@link #granted}). "Close" fires {@link CloseEvent}.
 */
class ExtensionDialog extends Dialog {

    /** What the grant form holds while it is edited. */
    static final class Fields {
        Set<LearnerChoice> learners = Set.of();

        @Nullable
        String zone;

        @Nullable
        LocalDateTime newDue;

        @Nullable
        LocalDateTime newCutOff;

        String reason = "";
    }

    private final AssessmentRow assessment;
    private final Grid<ExtensionRow> history = new Grid<>();
    private final Binder<Fields> binder = new Binder<>();
    private final MultiSelectComboBox<LearnerChoice> learners = new MultiSelectComboBox<>("Learners");
    private final TimeZoneField zone = TimeZoneField.forEntry("Time zone", ProgrammeTime.ZONE);
    private final DateTimePicker newDue = new DateTimePicker("New deadline");
    private final DateTimePicker newCutOff = new DateTimePicker("New cut-off (optional)");
    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();

    /** @param candidates the learners who may be granted an extension (administrators only; faculty see the history) */
    ExtensionDialog(
            AssessmentRow assessment, boolean admin, List<LearnerChoice> candidates, List<ExtensionRow> grants) {
        this.assessment = assessment;
        setId("extension-dialog");
        setHeaderTitle("Extensions: " + assessment.moduleCode() + " " + assessment.title());
        setWidth("960px");
        var facts =
                new Paragraph(assessment.cohortName() + ", term " + assessment.term() + " · due " + assessment.dueText()
                        + (assessment.cutOffText() == null ? "" : " · cut-off " + assessment.cutOffText()));
        facts.setId("extension-facts");
        add(facts);
        if (admin) add(grantForm(candidates));
        history.setId("extension-history");
        history.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(ExtensionRow::learnerName).setHeader("Learner").setFlexGrow(1);
        history.addColumn(ExtensionRow::newDueForLearner)
                .setHeader("New deadline (learner's zone)")
                .setFlexGrow(2);
        history.addColumn(ExtensionRow::newDueText).setHeader("As granted").setFlexGrow(2);
        history.addColumn(ExtensionRow::reason).setHeader("Reason").setFlexGrow(1);
        history.addColumn(r -> r.approvedBy() + ", " + r.grantedText())
                .setHeader("Approved")
                .setFlexGrow(2);
        history.setEmptyStateText("No extensions granted.");
        history.setAllRowsVisible(true);
        history.setItems(grants);
        add(new H4("History"), history);
        var close = new Button("Close", e -> fireEvent(new CloseEvent(this)));
        close.setId("extension-close");
        var buttons = new Div(close);
        buttons.addClassName("dialog-buttons");
        add(buttons);
    }

    private FormLayout grantForm(List<LearnerChoice> candidates) {
        learners.setItems(candidates);
        learners.setItemLabelGenerator(l -> l.fullName() + " (" + l.timeZone() + ")");
        learners.setId("extension-learners");
        learners.setPlaceholder("One or several learners");
        zone.setId("extension-zone");
        newDue.setStep(Duration.ofMinutes(15));
        newDue.setLocale(Locale.UK);
        newDue.setId("extension-due");
        newCutOff.setStep(Duration.ofMinutes(15));
        newCutOff.setLocale(Locale.UK);
        newCutOff.setId("extension-cut-off");
        reason.setMaxLength(500);
        reason.setId("extension-reason");
        problem.addClassName("form-problems");
        problem.setId("extension-problem");
        binder.forField(learners)
                .withValidator(FieldRules.rule(ExtensionDraft::learnersProblem))
                .bind(f -> f.learners, (f, v) -> f.learners = v);
        binder.forField(zone)
                .withValidator(FieldRules.rule(ProgrammeTime::zoneProblem))
                .bind(f -> f.zone, (f, v) -> f.zone = v);
        binder.forField(newDue)
                .withValidator(FieldRules.rule(v -> ExtensionDraft.newDueProblem(v, zoneId(), assessment.due())))
                .bind(f -> f.newDue, (f, v) -> f.newDue = v);
        binder.forField(newCutOff)
                .withValidator(FieldRules.rule(v -> ExtensionDraft.newCutOffProblem(v, newDue.getValue(), zoneId())))
                .bind(f -> f.newCutOff, (f, v) -> f.newCutOff = v);
        binder.forField(reason)
                .withValidator(FieldRules.rule(ExtensionDraft::reasonProblem))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.readBean(initial());
        var grant = Feedback.primary("Grant extension", this::grant);
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

    /** The assessment's zone and a week after its deadline, as a start. */
    private Fields initial() {
        var fields = new Fields();
        fields.zone = assessment.entryZone();
        fields.newDue =
                LocalDateTime.ofInstant(assessment.due(), assessment.zone()).plusWeeks(1);
        return fields;
    }

    private @Nullable ZoneId zoneId() {
        return ProgrammeTime.parseZone(zone.getValue()).orElse(null);
    }

    private void grant() {
        problem.setText("");
        var fields = new Fields();
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(fields)) return;
        var ids = fields.learners.stream().map(LearnerChoice::id).collect(Collectors.toCollection(HashSet::new));
        fireEvent(new SaveEvent(
                this,
                new ExtensionDraft(
                        assessment.id(),
                        ids,
                        fields.zone == null ? "" : fields.zone,
                        fields.newDue,
                        fields.newCutOff,
                        fields.reason)));
    }

    /** After a grant: the history as it is now, and the learners and the reason cleared for the next grant. */
    void granted(List<ExtensionRow> grants) {
        problem.setText("");
        var next = new Fields();
        binder.writeBeanAsDraft(next);
        next.learners = Set.of();
        next.reason = "";
        binder.readBean(next);
        history.setItems(grants);
    }

    /** Shows the history as it is now (after someone else's change). */
    void showHistory(List<ExtensionRow> grants) {
        history.setItems(grants);
    }

    /** Shows why the service refused the grant (a rule across records, such as a learner without a place). */
    void showProblem(String message) {
        problem.setText(message);
    }

    /** Fired by "Grant extension" when every field passes its rule. */
    static final class SaveEvent extends ComponentEvent<ExtensionDialog> {
        private final ExtensionDraft draft;

        SaveEvent(ExtensionDialog source, ExtensionDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ExtensionDraft draft() {
            return draft;
        }
    }

    /** Fired by "Close". */
    static final class CloseEvent extends ComponentEvent<ExtensionDialog> {
        CloseEvent(ExtensionDialog source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
