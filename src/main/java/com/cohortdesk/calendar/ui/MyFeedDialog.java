package com.cohortdesk.calendar.ui;

import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;

/** From the user menu: the signed-in member of staff's own feed (sessions they host, deadlines of offerings they lead). */
public class MyFeedDialog extends Dialog {

    public MyFeedDialog(CalendarFeedService feeds, Clock clock) {
        setHeaderTitle("My calendar feed");
        setId("my-feed-dialog");
        setWidth("min(40rem, 95vw)");
        add(
                new Paragraph(
                        "The sessions you host and the deadlines of the offerings you lead, for your own calendar app."),
                new FeedLinkPanel(
                        "My teaching (Cohort Desk)",
                        feeds::myLink,
                        feeds::issueMine,
                        feeds::revokeMine,
                        clock,
                        ProgrammeTime.ZONE));
        var close = new Button("Close", e -> close());
        close.setId("my-feed-close");
        getFooter().add(close);
    }
}
