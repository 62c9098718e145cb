package com.cohortdesk.learnerpage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.learnerpage.ui.LearnerPageView;
import com.cohortdesk.notice.OneClickUnsubscribe;
import com.cohortdesk.session.BookingStatus;
import com.cohortdesk.session.RosterLine;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.ui.ErrorView;
import com.cohortdesk.ui.NotFoundView;
import com.cohortdesk.ui.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The learner's own page (Karibu), opened anonymously by the link on the demo data (now: Wed 25 Nov 2026,
 * 12:00 UTC): booking, the waiting list and promotion, the guard time, a revoked token, a withdrawn and a
 * graduated learner. Each test schedules its own office hour (MLDS101, Fall 2026, capacity 1) and removes it.
 */
class LearnerPageViewTest extends ViewTest {

    static final String TITLE = "Karibu personal-page office hour";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    LearnerLinkService links;

    @Autowired
    LearnerPageService pages;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from live_session where title = ?", TITLE);
    }

    long offering() {
        return jdbc.queryForObject("""
                select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m on m.id = o.module_id
                where c.intake_year = 2026 and m.code = 'MLDS101'""", Long.class);
    }

    List<Long> enrolledLearners() {
        return jdbc.queryForList("""
                select e.learner_id from enrollment e join learner l on l.id = e.learner_id
                where e.offering_id = ? and e.status = 'ENROLLED' and l.status = 'ACTIVE' order by e.learner_id""", Long.class, offering());
    }

    /** An office hour of MLDS101 (Fall 2026) hosted by ada, as an administrator; its occurrence's id. */
    long officeHour(LocalDateTime ukStart, Integer capacity) {
        signIn("admin");
        try {
            long ada = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
            return sessions.schedule(
                            new SessionDraft(
                                    SessionType.OFFICE_HOUR,
                                    TITLE,
                                    offering(),
                                    ada,
                                    ukStart,
                                    ProgrammeTime.ZONE,
                                    Duration.ofMinutes(30),
                                    null,
                                    "https://meet.example.org/karibu-office-hour",
                                    capacity),
                            "test fixture")
                    .firstOccurrenceId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String issue(long learnerId) {
        signIn("admin");
        try {
            return links.issue(learnerId).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    List<RosterLine> roster(long occurrenceId) {
        signIn("admin");
        try {
            return rosters.roster(occurrenceId);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void openAnonymously(String token) {
        SecurityContextHolder.clearContext();
        signInAnonymously();
        navigate("me/" + token);
        if (view() instanceof ErrorView) throw new AssertionError("the error page: " + text(view()));
    }

    Component view() {
        return (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    Div card(long occurrenceId) {
        return _get(Div.class, s -> s.withId("lp-session-" + occurrenceId));
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    void click(long occurrenceId, String caption) {
        _get(card(occurrenceId), Button.class, s -> s.withText(caption)).click();
    }

    Checkbox reminders() {
        return _get(Checkbox.class, s -> s.withId("lp-reminders"));
    }

    Boolean storedReminders(long learner) {
        var rows = jdbc.queryForList(
                "select reminders from learner_notice_preference where learner_id = ?", Boolean.class, learner);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    @Test
    void theLearnerSwitchesTheirRemindersAndSeesAnUnsubscribe() {
        long learner = enrolledLearners().getFirst();
        jdbc.update("delete from learner_notice_preference where learner_id = ?", learner);
        try {
            openAnonymously(issue(learner));
            assertThat(reminders().getValue())
                    .as("no choice stored: reminders on")
                    .isTrue();
            assertThat(text(_get(Div.class, s -> s.withId("lp-notices"))))
                    .contains("we always email you when something changes");

            reminders().setValue(false); // fires the change listener as a user's click would
            assertThat(storedReminders(learner)).isFalse();
            assertThat(reminders().getValue()).isFalse();
            var audit = jdbc.queryForMap("""
                    select actor, remote_address from audit_entry where entity_type = 'LearnerNoticePreference' and entity_id = ?
                    order by id desc limit 1""", String.valueOf(learner));
            assertThat(audit.get("ACTOR")).isEqualTo("learner " + learner + " via personal link");

            reminders().setValue(true);
            assertThat(storedReminders(learner)).isTrue();
            assertThat(reminders().getValue()).isTrue();

            // the one-click unsubscribe in a reminder email turns them off; the page shows it
            assertThat(OneClickUnsubscribe.unsubscribe(context, OneClickUnsubscribe.learnerToken(context, learner)))
                    .isTrue();
            assertThat(storedReminders(learner)).isFalse();
            openAnonymously(issue(learner));
            assertThat(reminders().getValue()).isFalse();
        } finally {
            jdbc.update("delete from learner_notice_preference where learner_id = ?", learner);
        }
    }

    @Test
    void aLearnerBooksAPlaceThroughTheirLinkAndFacultySeeWhoBookedOnTheRoster() {
        long occurrence = officeHour(LocalDateTime.of(2026, 12, 10, 7, 0), 1);
        long learner = enrolledLearners().getFirst();
        openAnonymously(issue(learner));
        assertThat(view()).isInstanceOf(LearnerPageView.class);
        assertThat(text(card(occurrence)))
                .contains(TITLE, "0 of 1 places taken")
                .contains("The meeting link appears here 15 minutes before the start.")
                .doesNotContain("meet.example.org");

        click(occurrence, "Book a place");

        assertThat(text(card(occurrence))).contains("You have a place.", "1 of 1 places taken");
        _get(card(occurrence), Button.class, s -> s.withText("Cancel my place"));
        var line = roster(occurrence).stream()
                .filter(l -> l.learnerId() == learner)
                .findFirst()
                .orElseThrow();
        assertThat(line.booking()).isEqualTo(BookingStatus.BOOKED);
        assertThat(line.bookedBy()).isEqualTo("learner " + learner + " via personal link");
        assertThat(line.bookedByLabel()).isEqualTo("by the learner (personal link)");
        // audited as made by the learner through their link, with the address
        var audit = jdbc.queryForMap("""
                select actor, remote_address from audit_entry where entity_type = 'SessionBooking' and action = 'CREATE'
                order by id desc limit 1""");
        assertThat(audit.get("ACTOR")).isEqualTo("learner " + learner + " via personal link");
        assertThat(audit.get("REMOTE_ADDRESS")).isNotNull();
    }

    @Test
    void aFullOfficeHourOffersTheWaitingListAndACancellationPromotesTheFirstWaiting() {
        long occurrence = officeHour(LocalDateTime.of(2026, 12, 10, 7, 0), 1);
        var learners = enrolledLearners();
        long first = learners.get(0);
        long second = learners.get(1);
        var firstToken = issue(first);
        var secondToken = issue(second);
        openAnonymously(firstToken);
        click(occurrence, "Book a place");

        openAnonymously(secondToken);
        assertThat(text(card(occurrence))).contains("1 of 1 places taken");
        click(occurrence, "Join the waiting list");
        assertThat(text(card(occurrence))).contains("You are number 1 on the waiting list.", "1 waiting");
        // never another learner's name
        var firstName = jdbc.queryForObject("select full_name from learner where id = ?", String.class, first);
        assertThat(text(view())).doesNotContain(firstName);

        openAnonymously(firstToken);
        click(occurrence, "Cancel my place");
        assertThat(text(card(occurrence))).doesNotContain("You have a place.");
        _get(card(occurrence), Button.class, s -> s.withText("Join the waiting list"));

        openAnonymously(secondToken);
        assertThat(text(card(occurrence))).contains("You have a place.");
        assertThat(roster(occurrence))
                .filteredOn(l -> l.learnerId() == second)
                .singleElement()
                .satisfies(l -> assertThat(l.booking()).isEqualTo(BookingStatus.BOOKED));
    }

    @Test
    void bookingClosesAtTheGuardTimeAndTheMeetingLinkShowsFrom15MinutesBefore() {
        // 12:10 UTC today (now is 12:00): inside the guard time, and within 15 minutes of the start
        long soon = officeHour(LocalDateTime.of(2026, 11, 25, 12, 10), 1);
        long learner = enrolledLearners().getFirst();
        var token = issue(learner);
        openAnonymously(token);
        assertThat(text(card(soon))).contains("Booking has closed.");
        assertThat(_find(card(soon), Button.class)).isEmpty();
        assertThat(_get(card(soon), Anchor.class, s -> s.withText("Join the session"))
                        .getHref())
                .isEqualTo("https://meet.example.org/karibu-office-hour");
        // and the service refuses too, whatever the page shows
        var principal = pages.open(token, "127.0.0.1").principal();
        assertThat(principal).isNotNull();
        assertThatThrownBy(() -> principal.callAs(() -> pages.book(soon)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Booking and cancelling close 2 hours before the start.");
    }

    @Test
    void unknownRevokedAndRotatedTokensGetThePageNotFound() {
        long learner = enrolledLearners().getFirst();
        var revoked = issue(learner);
        signIn("admin");
        links.revoke(learner);
        SecurityContextHolder.clearContext();
        openAnonymously(revoked);
        assertThat(view()).isInstanceOf(NotFoundView.class);

        openAnonymously("not-a-token-at-all");
        assertThat(view()).isInstanceOf(NotFoundView.class);

        var old = issue(learner);
        var current = issue(learner);
        openAnonymously(old);
        assertThat(view()).isInstanceOf(NotFoundView.class);
        openAnonymously(current);
        assertThat(view()).isInstanceOf(LearnerPageView.class);
    }

    @Test
    void anOpenPageStopsWorkingOnceItsLinkIsRevoked() {
        long occurrence = officeHour(LocalDateTime.of(2026, 12, 10, 7, 0), 1);
        long learner = enrolledLearners().getFirst();
        openAnonymously(issue(learner));
        var button = _get(card(occurrence), Button.class, s -> s.withText("Book a place"));
        signIn("admin");
        links.revoke(learner);
        signInAnonymously();
        button.click();
        assertThat(text(view())).contains("This link no longer works");
        assertThat(roster(occurrence)).noneMatch(l -> l.learnerId() == learner && l.booking() != null);
    }

    @Test
    void aWithdrawnOrGraduatedLearnersLinkShowsOnlyAShortNotice() {
        for (var status : List.of("WITHDRAWN", "GRADUATED")) {
            long learner = jdbc.queryForObject("select min(id) from learner where status = ?", Long.class, status);
            openAnonymously(issue(learner));
            assertThat(view()).isInstanceOf(LearnerPageView.class);
            assertThat(_get(Paragraph.class, s -> s.withId("lp-closed")).getText())
                    .contains(status.equals("WITHDRAWN") ? "no longer studying" : "graduating");
            assertThat(_find(Div.class, s -> s.withId("lp-sessions"))).isEmpty();
            assertThat(_find(Div.class, s -> s.withId("lp-deadlines"))).isEmpty();
            assertThat(_find(Button.class)).isEmpty();
        }
    }

    @Test
    void thePageShowsThePlanByTermTheDeadlinesInTheLearnersZoneWithUkTimeAndTheCalendar() {
        long learner = enrolledLearners().getFirst();
        openAnonymously(issue(learner));
        var plan = _get(Div.class, s -> s.withId("lp-plan"));
        assertThat(text(plan)).contains("Term 1", "Term 6", "MLDS101");
        var deadlines = text(_get(Div.class, s -> s.withId("lp-deadlines")));
        assertThat(deadlines).contains("Due ", "UK: ");
        _get(Button.class, s -> s.withId("lp-calendar-get")).click();
        assertThat(_get(Paragraph.class, s -> s.withId("lp-calendar-url")).getText())
                .contains("/ical/");
        assertThat(_find(Anchor.class, s -> s.withText("Subscribe in Google Calendar")))
                .hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withText("Subscribe (Apple, webcal)"))
                        .getFirst()
                        .getHref())
                .startsWith("webcal://");
    }
}
