package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The session draft's rules, each for one field (the form shows them on the field) and all together (the service). */
class SessionDraftTest {

    static SessionDraft draft(String title, int minutes, String link, Integer capacity, LocalDate until) {
        return new SessionDraft(
                SessionType.WEBINAR,
                title,
                7L,
                11,
                LocalDateTime.of(2026, 12, 1, 18, 0),
                ZoneId.of("Europe/London"),
                Duration.ofMinutes(minutes),
                until,
                link,
                capacity);
    }

    @Test
    void eachFieldHasItsOwnRule() {
        assertThat(SessionDraft.titleProblem(" ")).isEqualTo("Give the session a title.");
        assertThat(SessionDraft.titleProblem("x".repeat(201))).isEqualTo("The title is at most 200 characters.");
        assertThat(SessionDraft.titleProblem("Office\u2028hour"))
                .isEqualTo("The title contains a line break; keep it on one line.");
        assertThat(SessionDraft.titleProblem("Office hour \uD83D\uDE00")).isNull();
        assertThat(SessionDraft.durationProblem(4)).isEqualTo("A session lasts 5 minutes to 8 hours.");
        assertThat(SessionDraft.durationProblem(null)).isEqualTo("A session lasts 5 minutes to 8 hours.");
        assertThat(SessionDraft.durationProblem(480)).isNull();
        assertThat(SessionDraft.durationProblem(481)).isNotNull();
        assertThat(SessionDraft.meetingLinkProblem("https://meet.example.org/room"))
                .isNull();
        assertThat(SessionDraft.meetingLinkProblem("javascript:alert(1)"))
                .startsWith("The meeting link must be an https:// address");
        assertThat(SessionDraft.capacityProblem(null)).as("no limit").isNull();
        assertThat(SessionDraft.capacityProblem(0))
                .isEqualTo("The capacity must be at least 1 (or empty for no limit).");
        assertThat(SessionDraft.repeatsUntilProblem(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo("The series ends before its first session.");
        assertThat(SessionDraft.repeatsUntilProblem(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
                .isNull();
        assertThat(SessionDraft.repeatsUntilProblem(LocalDate.of(2026, 12, 1), null))
                .as("once")
                .isNull();
    }

    @Test
    void theDraftNamesEveryFieldsProblemInOrder() {
        assertThat(draft("", 600, "http://x.org", 0, LocalDate.of(2026, 11, 1)).problems())
                .containsExactly(
                        "Give the session a title.",
                        "A session lasts 5 minutes to 8 hours.",
                        "The meeting link must be an https:// address, e.g. https://meet.example.org/room.",
                        "The capacity must be at least 1 (or empty for no limit).",
                        "The series ends before its first session.");
        assertThat(draft("Webinar", 60, "https://meet.example.org/w", null, LocalDate.of(2027, 1, 22))
                        .problems())
                .isEmpty();
    }
}
