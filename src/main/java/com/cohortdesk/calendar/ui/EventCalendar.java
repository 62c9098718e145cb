package com.cohortdesk.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A thin Flow wrapper of FullCalendar 6 (MIT packages only), {@code src/main/frontend/cd-calendar.js}.
 * Times cross the wire as wall-clock date-times in one zone the caller chooses (FullCalendar runs in UTC
 * mode and shows them as given): events via {@link #setEvents}, the visible range, clicks and drops as
 * component events.
 */
@Tag("cd-calendar")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/timegrid", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/list", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/interaction", version = "6.1.20")
@JsModule("./cd-calendar.js")
public class EventCalendar extends Component implements HasSize {

    /** FullCalendar's view names. */
    public enum View {
        MONTH("dayGridMonth"),
        WEEK("timeGridWeek"),
        LIST("listWeek");

        private final String id;

        View(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One event: times are wall-clock in the calendar's zone; {@code end} null for a marker (a deadline).
     * {@code classNames} style it (kind, cancelled); {@code editable} lets it be dragged.
     */
    public record Entry(
            String id,
            String title,
            LocalDateTime start,
            @Nullable LocalDateTime end,
            String color,
            List<String> classNames,
            boolean editable,
            String description) {}

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    /**
     * FullCalendar draws its toolbar's arrows as {@code <span role="img">} without a name inside buttons that have one
     * (axe: role-img-alt); the arrows are decoration, so they leave the accessibility tree, also when it draws again.
     */
    static final String DECORATIVE_ICONS = """
            const quiet = () => $0.querySelectorAll('.fc-icon[role=img]').forEach(icon => {
                icon.removeAttribute('role');
                icon.setAttribute('aria-hidden', 'true');
            });
            quiet();
            new MutationObserver(quiet).observe($0, { childList: true, subtree: true });""";

    public EventCalendar() {
        setWidthFull();
        addAttachListener(e -> getElement().executeJs(DECORATIVE_ICONS, getElement()));
    }

    private List<Entry> events = List.of();

    public void setEvents(List<Entry> entries) {
        this.events = List.copyOf(entries);
        getElement().callJsFunction("setEvents", toJson(entries));
    }

    /** The events last set. */
    public List<Entry> getEvents() {
        return events;
    }

    /** "Now" in the calendar's zone (the application clock); today's highlight and the "Today" button use it. */
    public void setNow(LocalDateTime now) {
        getElement().callJsFunction("setNow", now.format(ISO));
    }

    public void gotoDate(LocalDateTime date) {
        getElement().callJsFunction("gotoDate", date.format(ISO));
    }

    public void changeView(View view) {
        getElement().callJsFunction("changeView", view.id());
    }

    /** Whether events marked editable can be dragged. */
    public void setEditable(boolean editable) {
        getElement().callJsFunction("setEditable", editable);
    }

    public Registration addRangeListener(ComponentEventListener<RangeEvent> listener) {
        return addListener(RangeEvent.class, listener);
    }

    public Registration addEventClickListener(ComponentEventListener<EventClickEvent> listener) {
        return addListener(EventClickEvent.class, listener);
    }

    public Registration addEventDropListener(ComponentEventListener<EventDropEvent> listener) {
        return addListener(EventDropEvent.class, listener);
    }

    static String toJson(List<Entry> entries) {
        return entries.stream().map(EventCalendar::toJson).collect(Collectors.joining(",", "[", "]"));
    }

    private static String toJson(Entry e) {
        var json = new StringBuilder("{");
        json.append("\"id\":").append(quote(e.id()));
        json.append(",\"title\":").append(quote(e.title()));
        json.append(",\"start\":").append(quote(e.start().format(ISO)));
        if (e.end() != null) json.append(",\"end\":").append(quote(e.end().format(ISO)));
        else json.append(",\"allDay\":false");
        json.append(",\"color\":").append(quote(e.color()));
        json.append(",\"classNames\":")
                .append(e.classNames().stream().map(EventCalendar::quote).collect(Collectors.joining(",", "[", "]")));
        json.append(",\"editable\":").append(e.editable());
        json.append(",\"extendedProps\":{\"description\":")
                .append(quote(e.description()))
                .append("}");
        return json.append('}').toString();
    }

    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    static LocalDateTime parse(String value) {
        return LocalDateTime.parse(value, ISO);
    }

    /** The dates now shown, [start, end) as wall-clock in the calendar's zone, and the view. */
    @DomEvent("cd-range")
    public static class RangeEvent extends ComponentEvent<EventCalendar> {
        private final LocalDateTime start;
        private final LocalDateTime end;
        private final String view;

        public RangeEvent(
                EventCalendar source,
                boolean fromClient,
                @EventData("event.detail.start") String start,
                @EventData("event.detail.end") String end,
                @EventData("event.detail.view") String view) {
            super(source, fromClient);
            this.start = parse(start);
            this.end = parse(end);
            this.view = view;
        }

        public LocalDateTime start() {
            return start;
        }

        public LocalDateTime end() {
            return end;
        }

        public String view() {
            return view;
        }
    }

    @DomEvent("cd-event-click")
    public static class EventClickEvent extends ComponentEvent<EventCalendar> {
        private final String id;

        public EventClickEvent(EventCalendar source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** An event dragged to a new start (wall-clock in the calendar's zone); the caller saves it or reloads the events. */
    @DomEvent("cd-event-drop")
    public static class EventDropEvent extends ComponentEvent<EventCalendar> {
        private final String id;
        private final LocalDateTime start;
        private final LocalDateTime oldStart;

        public EventDropEvent(
                EventCalendar source,
                boolean fromClient,
                @EventData("event.detail.id") String id,
                @EventData("event.detail.start") String start,
                @EventData("event.detail.oldStart") String oldStart) {
            super(source, fromClient);
            this.id = id;
            this.start = parse(start);
            this.oldStart = parse(oldStart);
        }

        public String id() {
            return id;
        }

        public LocalDateTime start() {
            return start;
        }

        public LocalDateTime oldStart() {
            return oldStart;
        }
    }
}
