package com.cohortdesk.session.ui;

import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.session.AttendanceMark;
import com.cohortdesk.session.AttendanceSummary;
import com.cohortdesk.session.BookingStatus;
import com.cohortdesk.session.OccurrenceDetails;
import com.cohortdesk.session.OccurrenceRow;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.RosterLine;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.DetailRoute;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.ResponsiveGrid;
import com.cohortdesk.ui.StaticMarkup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence of a live session: when (your zone and UK time), the link, who is expected and who
 * booked, and attendance marked with one tap per learner (a tablet's columns; on a phone one card per learner under a sticky
 * summary, see {@link ResponsiveGrid}). The host's or an
 * administrator's only. URL: /sessions/{occurrenceId}.
 */
@Route("sessions/:occurrenceId")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class OccurrenceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionSchedulingService sessions;
    private final SessionRosterService rosters;
    private final boolean admin;
    private final ZoneId viewer;
    private final Grid<RosterLine> grid = new Grid<>();
    private final List<RosterLine> lines = new ArrayList<>();
    private final GridListDataView<RosterLine> rows;
    private final Paragraph counts = new Paragraph();
    /** Phones: present / late / excused / absent / not marked, kept at the top while the roster scrolls (styles.css). */
    private final Div summary = new Div();

    private @Nullable OccurrenceDetails occurrence;

    OccurrenceView(SessionSchedulingService sessions, SessionRosterService rosters, CurrentUser currentUser) {
        this.sessions = sessions;
        this.rosters = rosters;
        this.admin = currentUser.isAdmin();
        this.viewer = ViewerZone.current();
        addClassNames("detail-view", "occurrence-view");
        setSizeFull();
        setId("occurrence");
        counts.setId("occurrence-counts");
        grid.setId("session-roster");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::learner)
                .setHeader("Learner")
                .setKey("learner")
                .setFlexGrow(2);
        grid.addComponentColumn(this::booking)
                .setHeader("Booking")
                .setKey("booking")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // A mark redraws the learner's line with the same buttons, updated, so the keyboard focus stays on the button
        // pressed
        grid.addColumn(new ComponentRenderer<>(line -> new MarkButtons(line, "attendance-buttons"), (buttons, line) -> {
                    ((MarkButtons) buttons).show(line);
                    return buttons;
                }))
                .setHeader("Attendance")
                .setKey("attendance")
                .setWidth("350px")
                .setFlexGrow(0);
        grid.addComponentColumn(this::note).setHeader("Note").setKey("note").setFlexGrow(1);
        // phones: one card per learner (name and status on one line, four marks of 44 × 44 px or more)
        ResponsiveGrid.cards(grid, this::card);
        summary.setId("attendance-summary");
        summary.addClassNames("attendance-summary", "phone-only");
        summary.getElement().setAttribute("role", "status");
        rows = grid.setItems(lines);
        rows.setIdentifierProvider(RosterLine::learnerId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        occurrence = DetailRoute.load(event.getRouteParameters(), "occurrenceId", "session", sessions::occurrence);
        render();
    }

    @Override
    public String getPageTitle() {
        return DetailRoute.title(occurrence, "Live session", OccurrenceDetails::title);
    }

    private void render() {
        var o = occurrence();
        removeAll();
        var facts = new Paragraph(SessionTimes.describe(o.start(), viewer) + " · "
                + Duration.between(o.start(), o.end()).toMinutes() + " minutes · " + o.forWhom() + " · hosted by "
                + o.hostName());
        facts.setId("occurrence-facts");
        var link = new Anchor(o.meetingLink(), o.meetingLink());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setId("occurrence-link");
        var heading = new H2(o.type().label() + ": " + o.title());
        add(heading, facts, new Div(new Span("Join: "), link));
        if (o.status() == OccurrenceStatus.CANCELLED) add(notice("Cancelled: " + o.note(), "occurrence-status"));
        else if (o.moved()) add(notice("Moved this week: " + o.note(), "occurrence-status"));
        if (o.overrideReason() != null) add(notice(o.overrideReason(), "occurrence-override"));
        add(actions(o), counts, summary, grid);
        setFlexGrow(1, grid);
        reload();
    }

    private Component actions(OccurrenceDetails o) {
        var weeks = new Select<OccurrenceRow>();
        weeks.setLabel("Week");
        weeks.setId("series-weeks");
        weeks.setWidth("20em");
        var series = sessions.series(o.sessionId());
        weeks.setItems(series);
        weeks.setItemLabelGenerator(r -> SessionTimes.describe(r.start(), viewer)
                + (r.status() == OccurrenceStatus.CANCELLED ? " (cancelled)" : ""));
        series.stream().filter(r -> r.occurrenceId() == o.id()).findFirst().ifPresent(weeks::setValue);
        weeks.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        OccurrenceView.class,
                        new RouteParameters(
                                "occurrenceId", String.valueOf(e.getValue().occurrenceId()))));
            }
        });
        var export = new Anchor(csv(o.id()), AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("roster-export");
        export.addClassName("export-link");
        var move = new Button("Move this week", VaadinIcon.CLOCK.create(), e -> openMoveDialog(o));
        move.setId("occurrence-move");
        var cancel = new Button("Cancel this week", VaadinIcon.CLOSE_CIRCLE_O.create(), e -> openCancelDialog(o));
        cancel.setId("occurrence-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        move.setVisible(o.changeable());
        cancel.setVisible(o.changeable());
        var bar = new Div(weeks, export, move, cancel);
        bar.addClassNames("detail-actions", "occurrence-actions");
        return bar;
    }

    private DownloadHandler csv(long occurrenceId) {
        return event -> {
            event.setFileName("session-" + occurrenceId + "-roster.csv");
            event.setContentType("text/csv;charset=UTF-8");
            rosters.writeRosterCsv(occurrenceId, event.getOutputStream());
        };
    }

    private void openMoveDialog(OccurrenceDetails o) {
        var dialog = new MoveDialog(o, admin);
        dialog.addSaveListener(e -> {
            var conflict = new boolean[1];
            if (Feedback.trySave(
                    () -> {
                        try {
                            sessions.moveOccurrence(o.id(), o.version(), e.newStart(), e.reason(), e.overrideReason());
                        } catch (SessionConflictException ex) {
                            conflict[0] = true;
                            throw ex;
                        }
                    },
                    message -> dialog.showRefusal(message, conflict[0]),
                    () -> {
                        dialog.close();
                        refresh();
                    })) {
                dialog.close();
                Feedback.saved("Moved; the other weeks stay as they are.");
                refresh();
            }
        });
        dialog.addCloseListener(e -> dialog.close());
        dialog.open();
    }

    private void openCancelDialog(OccurrenceDetails o) {
        var dialog = new CancelDialog(o);
        dialog.addSaveListener(e -> {
            if (Feedback.trySave(
                    () -> sessions.cancelOccurrence(o.id(), o.version(), e.reason()), dialog::showRefusal, () -> {
                        dialog.close();
                        refresh();
                    })) {
                dialog.close();
                Feedback.saved("Cancelled; the other weeks stay as they are.");
                refresh();
            }
        });
        dialog.addCloseListener(e -> dialog.close());
        dialog.open();
    }

    private void refresh() {
        occurrence = sessions.occurrence(occurrence().id());
        render();
    }

    private void reload() {
        lines.clear();
        lines.addAll(rosters.roster(occurrence().id()));
        rows.refreshAll();
        updateCounts();
    }

    private void updateCounts() {
        var o = occurrence();
        long expected = lines.stream().filter(RosterLine::expected).count();
        long booked =
                lines.stream().filter(l -> l.booking() == BookingStatus.BOOKED).count();
        long waiting =
                lines.stream().filter(l -> l.booking() == BookingStatus.WAITING).count();
        long marked = lines.stream().filter(l -> l.mark() != null).count();
        counts.setText(expected + " expected · "
                + (o.limited() ? booked + " of " + o.capacity() + " places booked" : booked + " booked")
                + (waiting > 0 ? " · " + waiting + " waiting" : "") + " · " + marked + " marked"
                + (o.bookingOpen() ? "" : " · booking closed"));
        summary.setText(AttendanceSummary.of(lines).text());
    }

    /** After a change to one learner: the roster again from the service, that row redrawn. */
    private void reload(long learnerId) {
        var fresh = rosters.roster(occurrence().id());
        for (var line : fresh) {
            int index = indexOf(line.learnerId());
            if (index >= 0 && !lines.get(index).equals(line)) {
                lines.set(index, line);
                rows.refreshItem(line);
            }
        }
        if (fresh.size() != lines.size()) {
            lines.clear();
            lines.addAll(fresh);
            rows.refreshAll();
        }
        updateCounts();
    }

    private int indexOf(long learnerId) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).learnerId() == learnerId) return i;
        return -1;
    }

    private Component learner(RosterLine line) {
        var name = new Span(line.fullName());
        name.addClassName("roster-name");
        var zone = new Span(
                line.timeZone() + " · " + SessionTimes.local(occurrence().start(), ZoneId.of(line.timeZone()))
                        + (line.expected() ? "" : " · not enrolled"));
        zone.addClassName("roster-zone");
        var box = new Div(name, zone);
        box.addClassName("roster-learner");
        return StaticMarkup.flatten(box); // one node per row, not five (issue #15)
    }

    private Component booking(RosterLine line) {
        var box = new Div();
        box.addClassName("roster-booking");
        if (line.booking() != null) {
            box.add(StaticMarkup.flatten(
                    new Badge(line.bookingLabel(), line.booking() == BookingStatus.BOOKED ? "active" : "planned")));
            if (!line.bookedByLabel().isEmpty()) {
                var who = new Span(line.bookedByLabel());
                who.addClassName("roster-booked-by");
                box.add(StaticMarkup.flatten(who));
            }
        }
        var o = occurrence();
        if (!o.bookingOpen()) return StaticMarkup.flatten(box); // nothing to press: one node
        var action = line.booking() == null
                ? StaticMarkup.button("Book", e -> book(line))
                : StaticMarkup.button("Cancel", e -> cancelBooking(line));
        action.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        action.addClassName(line.booking() == null ? "book-button" : "cancel-booking-button");
        box.add(action);
        return box;
    }

    /** A learner on a phone: name and status on one line, their zone and booking, the four marks, the note once marked. */
    private Component card(RosterLine line) {
        var name = new Span(line.fullName());
        name.addClassName("attendance-name");
        var status = new Badge(
                line.mark() == null ? "Not marked" : line.mark().label(),
                line.mark() == null
                        ? "completed"
                        : line.mark() == AttendanceMark.ABSENT
                                ? "failed"
                                : line.mark() == AttendanceMark.PRESENT ? "active" : "planned");
        status.addClassName("attendance-status");
        var head = new Div(name, status);
        head.addClassName("attendance-head");
        var zone = new Span(
                line.timeZone() + " · " + SessionTimes.local(occurrence().start(), ZoneId.of(line.timeZone()))
                        + (line.expected() ? "" : " · not enrolled"));
        zone.addClassName("card-meta");
        var card = new Div(head, zone, booking(line), new MarkButtons(line, "attendance-taps"));
        card.addClassName("attendance-card");
        if (line.mark() != null) card.add(note(line));
        return card;
    }

    /** The four marks of one learner; {@link #show} updates them for the learner's line as it is now. */
    private final class MarkButtons extends Div {

        private RosterLine line;
        private final List<Button> buttons = new ArrayList<>();

        MarkButtons(RosterLine line, String className) {
            this.line = line;
            addClassName(className);
            for (var mark : AttendanceMark.values()) {
                // labels as markup: a grid of 50 learners holds 200 fewer server-side nodes (issue #15)
                var button = StaticMarkup.button(mark.label(), e -> mark(this.line, mark, this.line.note()));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.addClassName("mark-" + mark.name().toLowerCase());
                buttons.add(button);
                add(button);
            }
            show(line);
        }

        void show(RosterLine line) {
            this.line = line;
            boolean markable = occurrence().attendanceOpen();
            var marks = AttendanceMark.values();
            for (int i = 0; i < marks.length; i++) {
                var mark = marks[i];
                var button = buttons.get(i);
                button.getElement().setAttribute("aria-label", mark.label() + ": " + line.fullName());
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
                if (mark == line.mark()) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    if (mark == AttendanceMark.ABSENT) button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                button.getElement().setAttribute("aria-pressed", String.valueOf(mark == line.mark()));
                button.setEnabled(markable);
            }
        }
    }

    private Component note(RosterLine line) {
        var field = new TextField();
        field.setPlaceholder(line.mark() == null ? "Mark first" : "Note");
        field.setValue(line.note() == null ? "" : line.note());
        field.setMaxLength(500);
        field.setWidthFull();
        field.setEnabled(line.mark() != null);
        field.addClassName("attendance-note");
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && line.mark() != null) mark(line, line.mark(), e.getValue());
        });
        return field;
    }

    private void mark(RosterLine line, AttendanceMark mark, @Nullable String note) {
        var saved = new RosterLine[1];
        Feedback.trySave(
                () -> saved[0] = rosters.markAttendance(
                        occurrence().id(), line.learnerId(), line.attendanceVersion(), mark, note),
                Feedback::refused,
                this::reload);
        replace(saved[0] != null ? saved[0] : line);
    }

    /** One learner's line as the service returned it (or as it was, redrawn, when the change was refused). */
    private void replace(RosterLine line) {
        int index = indexOf(line.learnerId());
        if (index < 0) return;
        lines.set(index, line);
        rows.refreshItem(line);
        updateCounts();
    }

    private void book(RosterLine line) {
        try {
            var status = rosters.book(occurrence().id(), line.learnerId());
            Feedback.saved(
                    line.fullName() + (status == BookingStatus.BOOKED ? " booked." : " is on the waiting list."));
        } catch (RuleViolation e) {
            Feedback.refused(e.getMessage());
        }
        reload(line.learnerId());
    }

    private void cancelBooking(RosterLine line) {
        try {
            var promoted = rosters.cancelBooking(occurrence().id(), line.learnerId());
            Feedback.saved("Booking of " + line.fullName() + " cancelled."
                    + promoted.map(n -> " " + n + " moves up from the waiting list.")
                            .orElse(""));
        } catch (RuleViolation e) {
            Feedback.refused(e.getMessage());
        }
        reload(line.learnerId());
    }

    private static Paragraph notice(String text, String id) {
        var notice = new Paragraph(text);
        notice.addClassName("notice");
        notice.setId(id);
        return notice;
    }

    private OccurrenceDetails occurrence() {
        if (occurrence == null) throw new IllegalStateException("No occurrence loaded");
        return occurrence;
    }
}
