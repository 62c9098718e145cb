package com.cohortdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static FeedEvent session(String uid, int sequence, String start, ZoneId zone, boolean cancelled) {
        var at = Instant.parse(start);
        return new FeedEvent(
                uid,
                sequence,
                at,
                at.plus(Duration.ofHours(1)),
                zone,
                "Office hour, MLDS101",
                "Host: Ada; link: https://meet.example.org/abc",
                "https://meet.example.org/abc",
                "https://meet.example.org/abc",
                cancelled,
                null);
    }

    static String text(FeedCalendar feed) {
        return IcsWriter.write(feed);
    }

    @Test
    void aFeedWithZonesCancelledAndDeadlinesValidatesAndParsesBack() throws Exception {
        var deadline = new FeedEvent(
                "deadline-7@cohortdesk",
                3,
                Instant.parse("2026-11-06T12:00:00Z"),
                Instant.parse("2026-11-06T12:00:00Z"),
                LONDON,
                "Due: Coursework 1 (MLDS101)",
                "Weight 30 %",
                null,
                null,
                false,
                Duration.ofHours(24));
        var feed = new FeedCalendar(
                "Ada Lovelace, Cohort Desk",
                Instant.parse("2026-11-25T12:00:00Z"),
                List.of(
                        session("occurrence-1@cohortdesk", 0, "2026-10-22T17:00:00Z", LONDON, false),
                        session("occurrence-2@cohortdesk", 1, "2026-10-29T18:00:00Z", LONDON, true),
                        session(
                                "occurrence-3@cohortdesk",
                                0,
                                "2026-10-29T18:00:00Z",
                                ZoneId.of("Pacific/Kiritimati"),
                                false),
                        session(
                                "occurrence-4@cohortdesk",
                                0,
                                "2026-10-29T18:00:00Z",
                                ZoneId.of("America/St_Johns"),
                                false),
                        session("occurrence-5@cohortdesk", 0, "2026-10-29T18:00:00Z", ZoneId.of("UTC"), false),
                        deadline));
        var calendar = IcsWriter.calendar(feed);
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        var ics = text(feed);
        assertThat(ics)
                .contains(
                        "BEGIN:VTIMEZONE\r\nTZID:Europe/London",
                        "TZID:Pacific/Kiritimati",
                        "TZID:America/St_Johns",
                        "DTSTART;TZID=Europe/London:20261022T180000",
                        "DTSTART;TZID=Europe/London:20261029T180000",
                        "DTSTART;TZID=Pacific/Kiritimati:20261030T080000",
                        "DTSTART;TZID=America/St_Johns:20261029T153000",
                        "DTSTART:20261029T180000Z",
                        "STATUS:CANCELLED",
                        "SEQUENCE:3",
                        "X-WR-CALNAME:Ada Lovelace\\, Cohort Desk",
                        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                        "X-PUBLISHED-TTL:PT1H",
                        "DTSTAMP:20261125T120000Z",
                        "TRIGGER;VALUE=DATE-TIME:20261105T120000Z",
                        "ACTION:DISPLAY");
        assertThat(ics).doesNotContain("TZID:UTC");
        var parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.validate().hasErrors())
                .as(parsed.validate().toString())
                .isFalse();
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(6);
        var due = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("deadline-7@cohortdesk"))
                .findFirst()
                .orElseThrow();
        assertThat(due.getEndDate(false))
                .as("a deadline has no length: no DTEND")
                .isEmpty();
        assertThat(due.getAlarms()).hasSize(1);
    }

    @Test
    void textIsEscapedAndLinesAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
        var title = "Q&A; ethics, part 1 \\ \"fairness\" — ünïcödé 😀 ".repeat(6) + "\nsecond line";
        var at = Instant.parse("2026-03-29T00:30:00Z");
        var feed = new FeedCalendar(
                "Cohort",
                at,
                List.of(new FeedEvent(
                        "u@x", 0, at, at.plusSeconds(3600), LONDON, title, title, null, null, false, null)));
        var ics = text(feed);
        for (var line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
        assertThat(ics.replaceAll("\r\n[\\r\\n]?", "").replace("\n", "")).doesNotContain("\uFFFD");
        var event = (VEvent) new CalendarBuilder()
                .build(new StringReader(ics))
                .getComponent("VEVENT")
                .orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(ics.replace("\r\n ", "")).contains("Q&A\\; ethics\\, part 1 \\\\ \"fairness\"", "\\nsecond line");
    }

    @Test
    void foldingKeepsShortLinesAndSplitsLongOnes() {
        assertThat(IcsWriter.fold("A:b\r\n")).isEqualTo("A:b\r\n");
        var folded = IcsWriter.fold("X:" + "é".repeat(80) + "\r\n");
        assertThat(folded.split("\r\n"))
                .allSatisfy(l ->
                        assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo("X:" + "é".repeat(80) + "\r\n");
    }

    @Test
    void tokensCarry256RandomBitsAndAreStoredAsTheirHash() {
        var a = FeedTokens.newToken();
        var b = FeedTokens.newToken();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        assertThat(FeedTokens.hash(a))
                .hasSize(64)
                .matches("[0-9a-f]+")
                .isEqualTo(FeedTokens.hash(a))
                .isNotEqualTo(FeedTokens.hash(b));
    }
}
