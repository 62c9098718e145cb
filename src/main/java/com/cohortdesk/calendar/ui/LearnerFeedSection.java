package com.cohortdesk.calendar.ui;

import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.FeedSubject;
import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.ui.LearnerPageSection;
import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;

/** The learner's calendar feed link on the learner's page (administrators). */
@org.springframework.stereotype.Component
class LearnerFeedSection implements LearnerPageSection {

    private final CalendarFeedService feeds;
    private final Clock clock;

    LearnerFeedSection(CalendarFeedService feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(LearnerDetails learner, Runnable refreshPage) {
        var box = new VerticalLayout(
                new H3("Calendar feed"),
                new Paragraph(
                        "The learner's sessions, bookings and effective deadlines (extensions applied) for Google Calendar, Outlook or Apple Calendar."),
                new FeedLinkPanel(
                        learner.fullName() + " (Cohort Desk)",
                        () -> feeds.link(FeedSubject.LEARNER, learner.id()),
                        () -> feeds.issue(FeedSubject.LEARNER, learner.id()),
                        () -> feeds.revoke(FeedSubject.LEARNER, learner.id()),
                        clock,
                        ProgrammeTime.ZONE));
        box.setPadding(false);
        box.setId("learner-feed");
        return box;
    }
}
