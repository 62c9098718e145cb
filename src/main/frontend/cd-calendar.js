// <cd-calendar>: a thin wrapper of FullCalendar 6 (MIT packages) for the Flow component CalendarView uses.
// The server sends events as JSON with wall-clock times in the zone it chose; FullCalendar runs in UTC
// mode so that it shows those times as given (no time-zone plugin needed, clock changes handled on the server).
// It reports the visible range, clicks and drops as DOM events (detail: ISO local date-times).
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';

const local = (date) => (date ? date.toISOString().substring(0, 19) : null);

class CdCalendar extends HTMLElement {
  constructor() {
    super();
    this._events = [];
    this._view = 'dayGridMonth';
    this._editable = false;
    this._now = null;
  }

  connectedCallback() {
    if (this._calendar || this._pending) return;
    // Render after Flow has bound the element's listeners, so that the first range reaches the server.
    this._pending = true;
    setTimeout(() => this._render(), 0);
  }

  _render() {
    const host = document.createElement('div');
    host.className = 'cd-calendar-host';
    this.appendChild(host);
    this._calendar = new Calendar(host, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      timeZone: 'UTC',
      initialView: this._view,
      initialDate: this._now || undefined,
      now: this._now || undefined,
      firstDay: 1,
      height: 'auto',
      nowIndicator: true,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listWeek' },
      buttonText: { today: 'Today', month: 'Month', week: 'Week', list: 'List' },
      editable: this._editable,
      eventDurationEditable: false,
      events: (info, success) => success(this._events),
      datesSet: (info) => {
        this._view = info.view.type;
        this.dispatchEvent(new CustomEvent('cd-range', {
          detail: { start: local(info.start), end: local(info.end), view: info.view.type }
        }));
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        this.dispatchEvent(new CustomEvent('cd-event-click', { detail: { id: info.event.id } }));
      },
      eventDrop: (info) => {
        this.dispatchEvent(new CustomEvent('cd-event-drop', {
          detail: { id: info.event.id, start: local(info.event.start), oldStart: local(info.oldEvent.start) }
        }));
      },
      eventDidMount: (info) => {
        info.el.setAttribute('data-event-id', info.event.id);
        if (info.event.extendedProps.description) info.el.setAttribute('title', info.event.extendedProps.description);
      }
    });
    this._calendar.render();
  }

  disconnectedCallback() {
    // Vaadin may detach and re-attach the element (navigation within the same view); keep the calendar.
  }

  /** Replaces the events (a JSON array of FullCalendar event objects). */
  setEvents(json) {
    this._events = JSON.parse(json);
    if (this._calendar) this._calendar.refetchEvents();
  }

  /** "Now" as a wall-clock date-time in the server's chosen zone; moves the calendar there. */
  setNow(now) {
    const first = this._now === null;
    this._now = now;
    if (this._calendar) {
      this._calendar.setOption('now', now);
      if (first) this._calendar.gotoDate(now);
    }
  }

  gotoDate(date) {
    if (this._calendar) this._calendar.gotoDate(date);
  }

  changeView(view) {
    this._view = view;
    if (this._calendar) this._calendar.changeView(view);
  }

  setEditable(editable) {
    this._editable = editable;
    if (this._calendar) this._calendar.setOption('editable', editable);
  }
}

customElements.define('cd-calendar', CdCalendar);
