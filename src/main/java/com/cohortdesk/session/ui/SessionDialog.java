package com.cohortdesk.session.ui;

import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.session.OccurrenceRules;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.FieldRules;
import com.cohortdesk.ui.TimeZoneField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Schedules a session: what, for which offering (administrators may choose programme-wide), who hosts,
 * the first start in the zone it is planned in, weekly until a date, the link and the capacity. The fields are
 * checked by {@link SessionDraft}'s rules on the field; a valid form fires {@link SaveEvent} with the draft and the
 * view asks the service. A conflict the service reports is shown by name; an administrator may save anyway with a
 * reason ({@link SaveEvent#overrideReason()}).
 */
class SessionDialog extends Dialog {

    /** What the form holds while it is edited. */
    static final class Fields {
        @Nullable
        SessionType type = SessionType.OFFICE_HOUR;

        String title = "";

        @Nullable
        OfferingRow offering;

        @Nullable
        StaffSummary host;

        @Nullable
        LocalDate date;

        @Nullable
        LocalTime time = LocalTime.of(18, 0);

        @Nullable
        String zone = ProgrammeTime.ZONE.getId();

        @Nullable
        Integer minutes = 60;

        boolean weekly = true;

        @Nullable
        LocalDate until;

        String link = "";

        @Nullable
        Integer capacity;

        String override = "";
    }

    private final boolean admin;
    private final long me;
    private final Binder<Fields> binder = new Binder<>();
    private final Binder<Fields> overrideBinder = new Binder<>();
    private final Select<SessionType> type = new Select<>();
    private final TextField title = new TextField("Title");
    private final ComboBox<OfferingRow> offering = new ComboBox<>("Offering");
    private final ComboBox<StaffSummary> host = new ComboBox<>("Host");
    private final DatePicker date = new DatePicker("First date");
    private final TimePicker time = new TimePicker("Start time");
    private final TimeZoneField zone = new TimeZoneField("Planned in time zone");
    private final IntegerField minutes = new IntegerField("Duration (minutes)");
    private final Checkbox weekly = new Checkbox("Weekly");
    private final DatePicker until = new DatePicker("Until (last date)");
    private final TextField link = new TextField("Meeting link");
    private final IntegerField capacity = new IntegerField("Capacity (empty: no limit)");
    private final TextArea override = new TextArea("Reason to save despite the conflict");
    private final Paragraph problems = new Paragraph();
    private final Button saveAnyway;

    /**
     * @param offerings the offerings to choose from (an administrator may leave it empty: programme-wide)
     * @param hosts the staff an administrator chooses the host from (faculty host their own sessions)
     * @param termEnd the last day of an offering's term, proposed as the series' last date
     */
    SessionDialog(
            boolean admin,
            long me,
            List<OfferingRow> offerings,
            List<StaffSummary> hosts,
            SerializableFunction<OfferingRow, @Nullable LocalDate> termEnd) {
        this.admin = admin;
        this.me = me;
        setId("session-dialog");
        setHeaderTitle("Schedule a live session");
        setWidth("min(720px, 95vw)");
        type.setLabel("Type");
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(SessionType::label);
        type.setId("session-type");
        title.setId("session-title");
        title.setMaxLength(SessionDraft.TITLE_LENGTH);
        offering.setItems(offerings);
        offering.setItemLabelGenerator(o -> o.moduleLabel() + " · " + o.cohortName() + ", term " + o.term());
        offering.setPlaceholder(admin ? "Programme-wide" : "Choose an offering");
        offering.setClearButtonVisible(admin);
        offering.setId("session-offering");
        host.setId("session-host");
        if (admin) {
            host.setItems(hosts);
            host.setItemLabelGenerator(StaffSummary::displayName);
        }
        host.setVisible(admin);
        date.setId("session-date");
        date.setLocale(Locale.UK);
        time.setId("session-time");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(Locale.UK);
        zone.setId("session-zone");
        minutes.setMin(SessionDraft.MIN_MINUTES);
        minutes.setMax(SessionDraft.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        minutes.setId("session-minutes");
        weekly.setId("session-weekly");
        until.setId("session-until");
        until.setLocale(Locale.UK);
        link.setId("session-link");
        link.setPlaceholder("https://");
        capacity.setId("session-capacity");
        var capacityRule = SessionDraft.capacityProblem(0);
        capacity.setMin(1);
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(capacityRule)
                .setBadInputErrorMessage(capacityRule));
        problems.addClassName("form-problems");
        problems.setId("session-problems");
        override.setId("session-override");
        override.setVisible(false);
        override.setWidthFull();
        bind();
        binder.readBean(new Fields());
        overrideBinder.readBean(new Fields());
        until.setEnabled(weekly.getValue());
        weekly.addValueChangeListener(e -> until.setEnabled(e.getValue()));
        offering.addValueChangeListener(e -> {
            if (e.getValue() != null && until.isEmpty()) {
                var end = termEnd.apply(e.getValue());
                if (end != null) until.setValue(end);
            }
        });
        var form =
                new FormLayout(type, title, offering, host, date, time, zone, minutes, weekly, until, link, capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(link, 2);
        var save = Feedback.primary("Schedule", () -> save(false));
        save.setId("session-save");
        saveAnyway = new Button("Schedule anyway", e -> save(true));
        saveAnyway.setId("session-save-anyway");
        saveAnyway.setVisible(false);
        var cancel = new Button("Cancel", e -> fireEvent(new CloseEvent(this)));
        cancel.setId("session-cancel");
        var buttons = new Div(cancel, saveAnyway, save);
        buttons.addClassName("dialog-buttons");
        add(form, problems, override, buttons);
    }

    private void bind() {
        binder.forField(type).asRequired("Choose the type of session.").bind(f -> f.type, (f, v) -> f.type = v);
        binder.forField(title)
                .withValidator(FieldRules.rule(SessionDraft::titleProblem))
                .bind(f -> f.title, (f, v) -> f.title = v);
        var offeringBinding = binder.forField(offering);
        if (!admin) offeringBinding = offeringBinding.asRequired("Choose an offering.");
        offeringBinding.bind(f -> f.offering, (f, v) -> f.offering = v);
        var hostBinding = binder.forField(host);
        if (admin) hostBinding = hostBinding.asRequired("Choose the host.");
        hostBinding.bind(f -> f.host, (f, v) -> f.host = v);
        binder.forField(date).asRequired("Choose the first date.").bind(f -> f.date, (f, v) -> f.date = v);
        binder.forField(time).asRequired("Choose the start time.").bind(f -> f.time, (f, v) -> f.time = v);
        binder.forField(zone)
                .withValidator(FieldRules.rule(ProgrammeTime::zoneProblem))
                .bind(f -> f.zone, (f, v) -> f.zone = v);
        // the step buttons move by 15 minutes, but any length the rule allows may be typed: only the rule checks it
        binder.forField(minutes)
                .withValidator(FieldRules.rule(SessionDraft::durationProblem))
                .bind(f -> f.minutes, (f, v) -> f.minutes = v)
                .setDefaultValidatorEnabled(false);
        binder.forField(weekly).bind(f -> f.weekly, (f, v) -> f.weekly = v);
        binder.forField(until)
                .withValidator((value, context) -> {
                    if (!weekly.getValue()) return ValidationResult.ok();
                    if (value == null) return ValidationResult.error("Choose the last date of the weekly series.");
                    var problem = SessionDraft.repeatsUntilProblem(date.getValue(), value);
                    return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
                })
                .bind(f -> f.until, (f, v) -> f.until = v);
        binder.forField(link)
                .withValidator(FieldRules.rule(SessionDraft::meetingLinkProblem))
                .bind(f -> f.link, (f, v) -> f.link = v);
        binder.forField(capacity)
                .withValidator(FieldRules.rule(SessionDraft::capacityProblem))
                .bind(f -> f.capacity, (f, v) -> f.capacity = v);
        overrideBinder
                .forField(override)
                .withValidator(FieldRules.rule(OccurrenceRules::overrideReasonProblem))
                .bind(f -> f.override, (f, v) -> f.override = v);
    }

    private void save(boolean anyway) {
        problems.setText("");
        var valid = binder.validate().isOk();
        if (anyway) valid = overrideBinder.validate().isOk() && valid;
        var fields = new Fields();
        if (!valid || !binder.writeBeanIfValid(fields) || !overrideBinder.writeBeanIfValid(fields)) return;
        var draft = new SessionDraft(
                required(fields.type),
                fields.title,
                fields.offering == null ? null : fields.offering.id(),
                admin ? required(fields.host).id() : me,
                required(fields.date).atTime(required(fields.time)),
                ProgrammeTime.parseZone(fields.zone).orElseThrow(),
                Duration.ofMinutes(required(fields.minutes)),
                fields.weekly ? fields.until : null,
                fields.link,
                fields.capacity);
        fireEvent(new SaveEvent(this, draft, anyway ? fields.override : null));
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) throw new IllegalStateException("A required field passed validation empty");
        return value;
    }

    /**
     * Shows why the service refused the draft. A conflict lets an administrator give a reason and schedule it anyway.
     */
    void showRefusal(String message, boolean conflict) {
        var offerOverride = conflict && admin;
        problems.setText(message + (offerOverride ? " To schedule it anyway, give a reason." : ""));
        override.setVisible(offerOverride);
        saveAnyway.setVisible(offerOverride);
    }

    /** Fired by "Schedule" (and "Schedule anyway", with the reason) when every field passes its rule. */
    static final class SaveEvent extends ComponentEvent<SessionDialog> {
        private final SessionDraft draft;
        private final @Nullable String overrideReason;

        SaveEvent(SessionDialog source, SessionDraft draft, @Nullable String overrideReason) {
            super(source, false);
            this.draft = draft;
            this.overrideReason = overrideReason;
        }

        SessionDraft draft() {
            return draft;
        }

        @Nullable
        String overrideReason() {
            return overrideReason;
        }
    }

    /** Fired by "Cancel": close without scheduling. */
    static final class CloseEvent extends ComponentEvent<SessionDialog> {
        CloseEvent(SessionDialog source) {
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
