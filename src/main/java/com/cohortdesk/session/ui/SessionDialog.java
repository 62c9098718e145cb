package com.cohortdesk.session.ui;

import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.Scheduled;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.TimeZoneField;
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
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Schedules a session: what, for which offering (administrators may choose programme-wide), who hosts,
 * the first start in the zone it is planned in, weekly until a date, the link and the capacity. A
 * conflict is shown by name; an administrator may save anyway with a reason.
 */
class SessionDialog extends Dialog {

    private final SessionSchedulingService sessions;
    private final boolean admin;
    private final long me;
    private final Consumer<Scheduled> onSaved;
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

    SessionDialog(SessionSchedulingService sessions, OfferingService offerings, StaffService staff, CurrentUser currentUser, ZoneId viewer,
            Consumer<Scheduled> onSaved) {
        this.sessions = sessions;
        this.admin = currentUser.isAdmin();
        this.me = currentUser.get().map(p -> p.getStaffId()).orElse(-1L);
        this.onSaved = onSaved;
        setId("session-dialog");
        setHeaderTitle("Schedule a live session");
        setWidth("min(720px, 95vw)");
        type.setLabel("Type");
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(SessionType::label);
        type.setValue(SessionType.OFFICE_HOUR);
        type.setId("session-type");
        title.setId("session-title");
        title.setMaxLength(200);
        List<OfferingRow> choices = admin ? offerings.offerings(null, null) : offerings.myOfferings();
        offering.setItems(choices);
        offering.setItemLabelGenerator(o -> o.moduleLabel() + " · " + o.cohortName() + ", term " + o.term());
        offering.setPlaceholder(admin ? "Programme-wide" : "Choose an offering");
        offering.setClearButtonVisible(admin);
        offering.setId("session-offering");
        host.setId("session-host");
        if (admin) {
            host.setItems(staff.listStaff().stream().filter(StaffSummary::enabled).toList());
            host.setItemLabelGenerator(StaffSummary::displayName);
        }
        host.setVisible(admin);
        date.setId("session-date");
        date.setLocale(Locale.UK);
        time.setId("session-time");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(Locale.UK);
        time.setValue(LocalTime.of(18, 0));
        zone.setValue(ProgrammeTime.ZONE.getId());
        zone.setId("session-zone");
        minutes.setValue(60);
        minutes.setMin(5);
        minutes.setMax(480);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(15);
        minutes.setId("session-minutes");
        weekly.setValue(true);
        weekly.setId("session-weekly");
        until.setId("session-until");
        until.setLocale(Locale.UK);
        weekly.addValueChangeListener(e -> until.setEnabled(e.getValue()));
        offering.addValueChangeListener(e -> {
            if (e.getValue() != null && until.isEmpty()) {
                until.setValue(offerings.get(e.getValue().id()).dates().endsOn());
            }
        });
        link.setId("session-link");
        link.setPlaceholder("https://");
        capacity.setId("session-capacity");
        capacity.setMin(1);
        problems.addClassName("form-problems");
        problems.setId("session-problems");
        override.setId("session-override");
        override.setVisible(false);
        override.setWidthFull();
        var form = new FormLayout(type, title, offering, host, date, time, zone, minutes, weekly, until, link, capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(link, 2);
        var save = Feedback.primary("Schedule", () -> save(null));
        save.setId("session-save");
        saveAnyway = new Button("Schedule anyway", e -> save(override.getValue()));
        saveAnyway.setId("session-save-anyway");
        saveAnyway.setVisible(false);
        var buttons = new Div(new Button("Cancel", e -> close()), saveAnyway, save);
        buttons.addClassName("dialog-buttons");
        add(form, problems, override, buttons);
    }

    private void save(@Nullable String overrideReason) {
        problems.setText("");
        if (date.isEmpty() || time.isEmpty() || zone.isEmpty() || minutes.isEmpty() || (admin && host.isEmpty())
                || (!admin && offering.isEmpty()) || (weekly.getValue() && until.isEmpty())) {
            problems.setText("Fill in the offering" + (admin ? " (or leave it empty for programme-wide), the host" : "")
                    + ", the first date and time, the zone, the duration" + (weekly.getValue() ? " and the last date." : "."));
            return;
        }
        var draft = new SessionDraft(type.getValue(), title.getValue(), offering.isEmpty() ? null : offering.getValue().id(),
                admin ? host.getValue().id() : me, date.getValue().atTime(time.getValue()), ZoneId.of(zone.getValue()),
                Duration.ofMinutes(minutes.getValue()), weekly.getValue() ? until.getValue() : null, link.getValue(), capacity.getValue());
        var conflict = new boolean[1];
        var result = new Scheduled[1];
        if (Feedback.trySave(() -> {
            try {
                result[0] = sessions.schedule(draft, overrideReason);
            } catch (SessionConflictException e) {
                conflict[0] = true;
                throw e;
            }
        }, message -> {
            problems.setText(message + (conflict[0] && admin ? " To schedule it anyway, give a reason." : ""));
            override.setVisible(conflict[0] && admin);
            saveAnyway.setVisible(conflict[0] && admin);
        }, this::close)) {
            close();
            Feedback.saved("Scheduled " + result[0].occurrences() + (result[0].occurrences() == 1 ? " session." : " weekly sessions."));
            onSaved.accept(result[0]);
        }
    }
}
