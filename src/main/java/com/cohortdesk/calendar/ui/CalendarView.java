package com.cohortdesk.calendar.ui;

import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.programme.ModuleSummary;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.session.CalendarOccurrence;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.session.ui.OccurrenceView;
import com.cohortdesk.session.ui.ViewerZone;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.QueryParams;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The calendar of live sessions and deadlines (FullCalendar: month, week and list). Administrators choose
 * cohorts and modules ({@code /calendar?cohort=3&cohort=4&module=7}); faculty see the sessions they host
 * and the deadlines of the offerings they lead. Times in the viewer's zone or UK time ({@code zone=uk});
 * events load per visible range. Administrators drag an occurrence to move it (reason asked; conflicts as
 * in the session dialog).
 */
@Route("calendar")
@PageTitle("Calendar")
@Menu(order = 2.8, icon = "vaadin:calendar", title = "Calendar")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    static final String UK = "uk";

    private final SessionSchedulingService sessions;
    private final AssessmentService assessments;
    private final Clock clock;
    private final boolean admin;
    private final ZoneId viewer;
    private final EventCalendar calendar = new EventCalendar();
    private final MultiSelectComboBox<CohortSummary> cohorts = new MultiSelectComboBox<>("Cohorts");
    private final MultiSelectComboBox<ModuleSummary> modules = new MultiSelectComboBox<>("Modules");
    private final RadioButtonGroup<String> zoneChoice = new RadioButtonGroup<>("Times in");
    private final Map<String, CalendarOccurrence> shownSessions = new HashMap<>();
    private final Map<String, AssessmentRow> shownDeadlines = new HashMap<>();
    private @Nullable LocalDateTime rangeStart;
    private @Nullable LocalDateTime rangeEnd;
    private boolean entering;

    CalendarView(
            SessionSchedulingService sessions,
            AssessmentService assessments,
            CohortService cohortService,
            ModuleService moduleService,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.assessments = assessments;
        this.clock = clock;
        this.admin = currentUser.isAdmin();
        this.viewer = ViewerZone.current();
        setSizeFull();
        calendar.setId("calendar");
        calendar.setEditable(admin);
        calendar.addRangeListener(e -> {
            rangeStart = e.start();
            rangeEnd = e.end();
            reload();
        });
        calendar.addEventClickListener(e -> open(e.id()));
        calendar.addEventDropListener(e -> dropped(e.id(), e.start()));

        zoneChoice.setId("calendar-zone");
        zoneChoice.setItems(viewer.getId(), UK);
        zoneChoice.setItemLabelGenerator(z -> z.equals(UK) ? "UK time (Europe/London)" : "Your time (" + z + ")");
        zoneChoice.setValue(viewer.getId());
        zoneChoice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showNow();
                reload();
                updateAddress();
            }
        });
        var filters = new HorizontalLayout();
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        if (admin) {
            cohorts.setId("calendar-cohorts");
            cohorts.setItems(cohortService.listCohorts());
            cohorts.setItemLabelGenerator(CohortSummary::name);
            cohorts.setPlaceholder("All cohorts");
            modules.setId("calendar-modules");
            modules.setItems(moduleService.listModules());
            modules.setItemLabelGenerator(m -> m.code() + " " + m.title());
            modules.setPlaceholder("All modules");
            cohorts.setWidth("22em");
            modules.setWidth("26em");
            cohorts.addValueChangeListener(e -> filtersChanged());
            modules.addValueChangeListener(e -> filtersChanged());
            filters.add(cohorts, modules);
        }
        filters.add(zoneChoice, legend());
        add(
                new ViewHeader(
                        admin
                                ? "Live sessions and deadlines of the cohorts and modules you choose (all when none). Click a session "
                                        + "for its roster, a deadline for its term's deadlines; drag a session to move that week."
                                : "The sessions you host and the deadlines of the modules you lead. Click a session for its roster."),
                filters,
                calendar);
        setFlexGrow(1, calendar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        entering = true;
        try {
            if (admin) {
                var cohortIds = ids(params.getParameters().getOrDefault("cohort", List.of()));
                var moduleIds = ids(params.getParameters().getOrDefault("module", List.of()));
                cohorts.setValue(cohorts.getListDataView()
                        .getItems()
                        .filter(c -> cohortIds.contains(c.id()))
                        .collect(Collectors.toSet()));
                modules.setValue(modules.getListDataView()
                        .getItems()
                        .filter(m -> moduleIds.contains(m.id()))
                        .collect(Collectors.toSet()));
            }
            zoneChoice.setValue(
                    params.getSingleParameter("zone").filter(UK::equals).isPresent() ? UK : viewer.getId());
        } finally {
            entering = false;
        }
        showNow();
        reload();
    }

    /** The zone the calendar shows. */
    ZoneId zone() {
        return UK.equals(zoneChoice.getValue()) ? ProgrammeTime.ZONE : viewer;
    }

    private void showNow() {
        calendar.setNow(LocalDateTime.ofInstant(clock.instant(), zone()));
    }

    private static Set<Long> ids(List<String> values) {
        return values.stream()
                .map(QueryParams::parseLong)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    private void filtersChanged() {
        if (entering) return;
        updateAddress();
        reload();
    }

    private void updateAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address()));
    }

    /** The address of what is shown: the chosen cohorts and modules, and UK time when chosen. */
    Location address() {
        var params = new LinkedHashMap<String, List<String>>();
        if (admin) {
            var c = cohorts.getValue().stream()
                    .map(CohortSummary::id)
                    .sorted()
                    .map(String::valueOf)
                    .toList();
            var m = modules.getValue().stream()
                    .map(ModuleSummary::id)
                    .sorted()
                    .map(String::valueOf)
                    .toList();
            if (!c.isEmpty()) params.put("cohort", c);
            if (!m.isEmpty()) params.put("module", m);
        }
        if (UK.equals(zoneChoice.getValue())) params.put("zone", List.of(UK));
        return new Location("calendar", new QueryParameters(params));
    }

    /** Loads the visible range's sessions and deadlines (once the calendar has reported its range). */
    void reload() {
        if (rangeStart == null || rangeEnd == null) return;
        var zone = zone();
        Instant from = rangeStart.atZone(zone).toInstant();
        Instant to = rangeEnd.atZone(zone).toInstant();
        var cohortIds =
                admin ? cohorts.getValue().stream().map(CohortSummary::id).toList() : List.<Long>of();
        var moduleIds =
                admin ? modules.getValue().stream().map(ModuleSummary::id).toList() : List.<Long>of();
        var entries = new ArrayList<EventCalendar.Entry>();
        shownSessions.clear();
        shownDeadlines.clear();
        for (var o : sessions.calendar(cohortIds, moduleIds, from, to)) {
            var id = "o-" + o.occurrenceId();
            shownSessions.put(id, o);
            var classes = new ArrayList<>(
                    List.of("cd-session", "cd-kind-" + o.type().name().toLowerCase(Locale.ROOT)));
            if (o.cancelled()) classes.add("cd-cancelled");
            entries.add(new EventCalendar.Entry(
                    id,
                    o.type().label() + ": " + o.title() + (o.cancelled() ? " (cancelled)" : ""),
                    LocalDateTime.ofInstant(o.start(), zone),
                    LocalDateTime.ofInstant(o.end(), zone),
                    colour(o.type()),
                    classes,
                    admin && o.changeable(),
                    o.forWhom() + " · " + o.hostName() + (o.moved() ? " · moved" : "")));
        }
        for (var d : assessments.calendar(cohortIds, moduleIds, from, to)) {
            var id = "d-" + d.id();
            shownDeadlines.put(id, d);
            entries.add(new EventCalendar.Entry(
                    id,
                    "Due: " + d.moduleCode() + " " + d.title(),
                    LocalDateTime.ofInstant(d.due(), zone),
                    null,
                    "#b91c1c",
                    List.of("cd-deadline"),
                    false,
                    d.moduleLabel() + " · " + d.cohortName() + ", term " + d.term() + " · " + d.type() + " · "
                            + d.weightText()));
        }
        entries.sort(Comparator.comparing(EventCalendar.Entry::start));
        calendar.setEvents(entries);
    }

    static String colour(SessionType type) {
        return switch (type) {
            case OFFICE_HOUR -> "#2563eb";
            case WEBINAR -> "#7c3aed";
            case QA -> "#0f766e";
        };
    }

    private static Div legend() {
        var legend = new Div();
        legend.addClassName("calendar-legend");
        for (var type : SessionType.values()) {
            var item = new Div();
            item.addClassName("calendar-legend-item");
            var swatch = new Div();
            swatch.addClassName("calendar-swatch");
            swatch.getStyle().setBackgroundColor(colour(type));
            item.add(swatch, new Span(type.label()));
            legend.add(item);
        }
        var deadline = new Div();
        deadline.addClassName("calendar-legend-item");
        var swatch = new Div();
        swatch.addClassName("calendar-swatch");
        swatch.getStyle().setBackgroundColor("#b91c1c");
        deadline.add(swatch, new Span("Deadline"));
        legend.add(deadline);
        return legend;
    }

    private void open(String id) {
        var session = shownSessions.get(id);
        if (session != null) {
            getUI().ifPresent(ui -> ui.navigate(
                    OccurrenceView.class, new RouteParameters("occurrenceId", String.valueOf(session.occurrenceId()))));
            return;
        }
        var deadline = shownDeadlines.get(id);
        if (deadline != null) {
            var params = new LinkedHashMap<String, List<String>>();
            if (admin) params.put("cohort", List.of(String.valueOf(deadline.cohortId())));
            params.put("term", List.of(String.valueOf(deadline.term())));
            getUI().ifPresent(ui -> ui.navigate("deadlines", new QueryParameters(params)));
        }
    }

    private void dropped(String id, LocalDateTime newStartShown) {
        var occurrence = shownSessions.get(id);
        if (!admin || occurrence == null) {
            reload();
            return;
        }
        var start = newStartShown.atZone(zone()).toInstant();
        var dialog = new DragMoveDialog(occurrence, start, zone());
        dialog.addSaveListener(e -> {
            var conflict = new boolean[1];
            if (Feedback.trySave(
                    () -> {
                        try {
                            sessions.moveOccurrence(
                                    occurrence.occurrenceId(),
                                    occurrence.version(),
                                    e.newStart(),
                                    e.reason(),
                                    e.overrideReason());
                        } catch (SessionConflictException ex) {
                            conflict[0] = true;
                            throw ex;
                        }
                    },
                    message -> dialog.showRefusal(message, conflict[0]),
                    () -> {
                        dialog.close();
                        reload();
                    })) {
                dialog.close();
                Feedback.saved("Moved; the other weeks stay as they are.");
                reload();
            }
        });
        dialog.addCloseListener(e -> {
            dialog.close();
            reload();
        });
        dialog.open();
    }
}
