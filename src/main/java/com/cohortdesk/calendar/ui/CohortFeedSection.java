package com.cohortdesk.calendar.ui;

import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.FeedSubject;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.ui.CohortPageSection;
import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;

/** The cohort's calendar feed link on the cohort's page (administrators). */
@org.springframework.stereotype.Component
class CohortFeedSection implements CohortPageSection {

    private final CalendarFeedService feeds;
    private final Clock clock;

    CohortFeedSection(CalendarFeedService feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(CohortSummary cohort) {
        var box = new VerticalLayout(
                new H2("Calendar feed"),
                new Paragraph("The cohort's live sessions and deadlines, for a cohort-wide calendar or a website."),
                new FeedLinkPanel(
                        cohort.name() + " (Cohort Desk)",
                        () -> feeds.link(FeedSubject.COHORT, cohort.id()),
                        () -> feeds.issue(FeedSubject.COHORT, cohort.id()),
                        () -> feeds.revoke(FeedSubject.COHORT, cohort.id()),
                        clock,
                        ProgrammeTime.ZONE));
        box.setPadding(false);
        box.setId("cohort-feed");
        return box;
    }
}
