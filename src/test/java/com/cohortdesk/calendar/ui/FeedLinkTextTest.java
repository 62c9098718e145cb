package com.cohortdesk.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.calendar.FeedLink;
import com.cohortdesk.calendar.FeedSubject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeedLinkTextTest {

    @Test
    void describesTheLastReadAndTheClient() {
        var now = Instant.parse("2026-11-25T12:00:00Z");
        var link = new FeedLink(
                FeedSubject.LEARNER,
                1,
                true,
                Instant.parse("2026-11-03T10:00:00Z"),
                "admin",
                null,
                now.minus(Duration.ofMinutes(125)),
                "Google-Calendar-Importer");
        assertThat(FeedLinkPanel.describe(link, now, ZoneId.of("Europe/London")))
                .isEqualTo(
                        "Calendar link issued 3 Nov 2026, 10:00 by admin; last read 2 hours ago by Google-Calendar-Importer.");
        assertThat(FeedLinkPanel.ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(FeedLinkPanel.ago(Duration.ofDays(3))).isEqualTo("3 days ago");
    }

    @Test
    void subscribeLinks() {
        var url = "https://desk.example.org/ical/abc.ics";
        assertThat(FeedLinkPanel.webcal(url)).isEqualTo("webcal://desk.example.org/ical/abc.ics");
        assertThat(FeedLinkPanel.google(url))
                .isEqualTo(
                        "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fdesk.example.org%2Fical%2Fabc.ics");
        assertThat(FeedLinkPanel.outlook(url, "Ada (Cohort Desk)"))
                .isEqualTo(
                        "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fdesk.example.org%2Fical%2Fabc.ics&name=Ada+%28Cohort+Desk%29");
    }
}
