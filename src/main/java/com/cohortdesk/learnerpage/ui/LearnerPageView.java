package com.cohortdesk.learnerpage.ui;

import com.cohortdesk.assessment.LearnerDeadline;
import com.cohortdesk.calendar.IssuedFeed;
import com.cohortdesk.learnerpage.LearnerPage;
import com.cohortdesk.learnerpage.LearnerPageService;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.session.BookingStatus;
import com.cohortdesk.session.LearnerSession;
import com.cohortdesk.session.OccurrenceStatus;
import com.cohortdesk.session.SessionTimes;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A learner's own page, reached by their secret link: no sign-in, its own plain layout (not the staff
 * app's), made for a phone as well as a laptop. Unknown and revoked tokens get the app's "page not found".
 * Every service call is made as the link's holder ({@link LearnerLinkPrincipal#callAs}); the principal comes
 * only from {@link LearnerPageService#open}.
 */
@Route(value = "me/:token", autoLayout = false)
@AnonymousAllowed
@PageTitle("My programme · Cohort Desk")
public class LearnerPageView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final LearnerPageService pages;
    private @Nullable LearnerLinkPrincipal principal;

    LearnerPageView(LearnerPageService pages) {
        this.pages = pages;
        addClassName("learner-page");
        setId("learner-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        var request = VaadinRequest.getCurrent();
        var address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        var opening = pages.open(token, address);
        if (opening.throttled()) {
            removeAll();
            add(new H1("Please wait a moment"), new Paragraph("There were too many requests. Try again in a minute."));
            return;
        }
        if (opening.principal() == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        principal = opening.principal();
        render();
    }

    private <T> T as(Supplier<T> work) {
        if (principal == null) throw new IllegalStateException("No link opened");
        return principal.callAs(work);
    }

    private void render() {
        removeAll();
        LearnerPage page;
        try {
            page = as(pages::page);
        } catch (RuleViolation e) {
            add(new H1("This link no longer works"), new Paragraph(e.getMessage()));
            return;
        }
        var header = new Div(new H1(page.learnerName()), new Paragraph(page.cohortName()));
        header.addClassName("lp-header");
        add(header);
        if (page.closed()) {
            var notice = new Paragraph(page.closedNotice());
            notice.setId("lp-closed");
            add(notice);
            return;
        }
        var zoneNote =
                new Paragraph("Times are in your time zone, " + page.zone().getId() + ", with UK time beside.");
        zoneNote.addClassName("lp-muted");
        add(zoneNote, sessions(page), deadlines(page), plan(page), calendar(page), notices(page));
    }

    private Component sessions(LearnerPage page) {
        var box = section("Live sessions", "lp-sessions");
        box.add(new Paragraph("The next three weeks. Office hours can be booked and cancelled until "
                + page.bookingGuard() + " before the start."));
        if (page.sessions().isEmpty()) box.add(new Paragraph("No live sessions in the next three weeks."));
        page.sessions().forEach(s -> box.add(session(s, page.zone())));
        return box;
    }

    private Component session(LearnerSession s, ZoneId zone) {
        var card = new Div();
        card.addClassName("lp-card");
        card.setId("lp-session-" + s.occurrenceId());
        var cancelled = s.status() == OccurrenceStatus.CANCELLED;
        card.add(new H3((cancelled ? "Cancelled: " : "") + s.title()));
        card.add(line(s.type().label() + " · " + s.forWhom()));
        card.add(line(SessionTimes.describe(s.startsAt(), zone) + " · with " + s.hostName()));
        if (s.note() != null && (cancelled || s.moved()))
            card.add(line((cancelled ? "Cancelled: " : "Moved: ") + s.note()));
        if (cancelled) return card;
        if (s.meetingLink() != null) {
            var join = new Anchor(s.meetingLink(), "Join the session");
            join.setTarget(AnchorTarget.BLANK);
            join.addClassName("lp-join");
            card.add(join);
        } else {
            card.add(line("The meeting link appears here 15 minutes before the start."));
        }
        if (s.type() != SessionType.OFFICE_HOUR) return card;
        if (s.capacity() != null)
            card.add(line(s.booked() + " of " + s.capacity() + " places taken"
                    + (s.waiting() > 0 ? ", " + s.waiting() + " waiting" : "")));
        var status = new Span();
        status.addClassName("lp-booking");
        if (s.booking() == BookingStatus.BOOKED) status.setText("You have a place.");
        if (s.booking() == BookingStatus.WAITING)
            status.setText("You are number " + s.waitingPosition() + " on the waiting list.");
        if (s.booking() != null) card.add(status);
        if (!s.bookable()) {
            card.add(line("Booking has closed."));
            return card;
        }
        Button action;
        if (s.booking() == null) {
            action = new Button(
                    s.full() ? "Join the waiting list" : "Book a place",
                    e -> act(() -> {
                        var result = as(() -> pages.book(s.occurrenceId()));
                        Feedback.saved(
                                result == BookingStatus.BOOKED
                                        ? "Booked: you have a place."
                                        : "You are on the waiting list.");
                    }));
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.addClassName("lp-book");
        } else {
            action = new Button(
                    s.booking() == BookingStatus.BOOKED ? "Cancel my place" : "Leave the waiting list",
                    e -> act(() -> {
                        as(() -> pages.cancel(s.occurrenceId()));
                        Feedback.saved("Cancelled.");
                    }));
            action.addClassName("lp-cancel");
        }
        card.add(action);
        return card;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            Feedback.refused(e.getMessage());
        }
        render();
    }

    private Component deadlines(LearnerPage page) {
        var box = section("Deadlines", "lp-deadlines");
        if (page.deadlines().isEmpty()) box.add(new Paragraph("No deadlines to show."));
        for (LearnerDeadline d : page.deadlines()) {
            var card = new Div();
            card.addClassName("lp-card");
            var a = d.assessment();
            card.add(new H3(a.title()), line(a.type().label() + ", " + a.weightText() + " of " + a.moduleLabel()));
            card.add(line("Due " + d.dueForLearner()));
            card.add(line("UK: " + d.dueInLondon()));
            if (d.cutOffForLearner() != null) card.add(line("Late submissions until " + d.cutOffForLearner()));
            if (d.effective().extended()) {
                var extended = line("Your extended deadline. " + d.extensionNote());
                extended.addClassName("lp-extended");
                card.add(extended);
            }
            box.add(card);
        }
        return box;
    }

    private Component plan(LearnerPage page) {
        var box = section("Programme plan", "lp-plan");
        for (var term : page.terms()) {
            var card = new Div();
            card.addClassName("lp-card");
            var dates = term.startsOn() == null || term.endsOn() == null
                    ? ""
                    : ": " + DAY.format(term.startsOn()) + " to " + DAY.format(term.endsOn());
            card.add(new H3("Term " + term.term() + dates));
            if (term.modules().isEmpty()) card.add(line("No modules yet."));
            term.modules()
                    .forEach(m -> card.add(line(m.moduleLabel() + " · "
                            + m.ects().stripTrailingZeros().toPlainString() + " ECTS · "
                            + m.status().label())));
            box.add(card);
        }
        return box;
    }

    private Component calendar(LearnerPage page) {
        var box = section("Calendar", "lp-calendar");
        box.add(new Paragraph(
                "Subscribe to your sessions, bookings and deadlines in Google Calendar, Outlook or Apple Calendar."));
        if (page.calendarFeedActive()) {
            box.add(new Paragraph("You have a calendar address"
                    + (page.calendarFeedIssuedAt() == null
                            ? ""
                            : ", made " + DAY.format(page.calendarFeedIssuedAt().atZone(page.zone())))
                    + ". A new one replaces it: the old one stops working."));
        }
        var links = new Div();
        var get =
                new Button(page.calendarFeedActive() ? "Get a new calendar address" : "Get my calendar address", e -> {
                    try {
                        IssuedFeed feed = as(pages::calendarFeed);
                        showFeed(links, PageUrls.baseUrl() + feed.path(), page.learnerName());
                    } catch (RuleViolation ex) {
                        Feedback.refused(ex.getMessage());
                    }
                });
        get.setId("lp-calendar-get");
        box.add(get, links);
        return box;
    }

    private static void showFeed(Div links, String url, String name) {
        links.removeAll();
        var address = new Paragraph(url);
        address.addClassName("lp-address");
        address.setId("lp-calendar-url");
        links.add(
                address,
                subscribe("Subscribe (Apple, webcal)", PageUrls.webcal(url)),
                subscribe("Subscribe in Google Calendar", PageUrls.google(url)),
                subscribe("Subscribe in Outlook", PageUrls.outlook(url, name + " (Cohort Desk)")));
    }

    private Component notices(LearnerPage page) {
        var box = section("Emails from the programme office", "lp-notices");
        var reminders = new Checkbox("Send me reminders before my sessions and deadlines", page.remindersOn());
        reminders.setId("lp-reminders");
        reminders.addValueChangeListener(e -> act(() -> {
            boolean on = as(() -> pages.setReminders(e.getValue()));
            Feedback.saved(on ? "Reminders are on." : "Reminders are off.");
        }));
        var always = new Paragraph(
                "Whatever you choose here, we always email you when something changes: a session moved or "
                        + "cancelled, a new meeting link, your bookings and waiting list, extensions, and your personal link.");
        always.addClassName("lp-muted");
        always.setId("lp-notices-always");
        box.add(reminders, always);
        return box;
    }

    private static Anchor subscribe(String text, String href) {
        var anchor = new Anchor();
        anchor.setText(text);
        anchor.setTarget(AnchorTarget.BLANK);
        // webcal: is not on Vaadin's list of safe schemes; each address is built from our own URL
        anchor.setUnsafeHref(href);
        anchor.addClassName("lp-subscribe");
        return anchor;
    }

    private static Div section(String title, String id) {
        var box = new Div(new H2(title));
        box.addClassName("lp-section");
        box.setId(id);
        return box;
    }

    private static Paragraph line(String text) {
        var p = new Paragraph(text);
        p.addClassName("lp-line");
        return p;
    }
}
