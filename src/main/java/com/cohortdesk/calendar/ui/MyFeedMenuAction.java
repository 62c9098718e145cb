package com.cohortdesk.calendar.ui;

import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.ui.UserMenuAction;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;

/** "My calendar feed" in the user menu: the signed-in member of staff's own feed link. */
@SpringComponent
class MyFeedMenuAction implements UserMenuAction {

    private final CalendarFeedService feeds;
    private final Clock clock;

    MyFeedMenuAction(CalendarFeedService feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label() {
        return "My calendar feed";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CALENDAR;
    }

    @Override
    public String buttonId() {
        return "my-feed-link";
    }

    @Override
    public String menuItemId() {
        return "menu-my-feed";
    }

    @Override
    public void run() {
        new MyFeedDialog(feeds, clock).open();
    }
}
