package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The extension form's rules, one per field; the service applies the same ones. */
class ExtensionDraftTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant DUE = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void theNewDeadlineMustExistInItsZoneAndBeLater() {
        assertThat(ExtensionDraft.newDueProblem(null, LONDON, DUE)).isEqualTo("Give the new deadline.");
        assertThat(ExtensionDraft.newDueProblem(LocalDateTime.parse("2026-11-23T12:00"), LONDON, DUE))
                .isEqualTo("An extension must move the deadline later than the assessment's own.");
        assertThat(ExtensionDraft.newDueProblem(LocalDateTime.parse("2027-03-28T01:30"), LONDON, DUE))
                .startsWith("The new deadline 28 Mar 2027 01:30 does not exist in Europe/London");
        assertThat(ExtensionDraft.newDueProblem(LocalDateTime.parse("2026-11-30T12:00"), LONDON, DUE))
                .isNull();
        assertThat(ExtensionDraft.newDueProblem(LocalDateTime.parse("2026-11-30T12:00"), null, DUE))
                .as("zone not known yet")
                .isNull();
    }

    @Test
    void theCutOffIsOptionalButNotBeforeTheNewDeadline() {
        var newDue = LocalDateTime.parse("2026-11-30T12:00");
        assertThat(ExtensionDraft.newCutOffProblem(null, newDue, LONDON)).isNull();
        assertThat(ExtensionDraft.newCutOffProblem(LocalDateTime.parse("2026-11-30T11:45"), newDue, LONDON))
                .isEqualTo("The new cut-off must not be before the new deadline.");
        assertThat(ExtensionDraft.newCutOffProblem(LocalDateTime.parse("2026-10-25T01:30"), newDue, LONDON))
                .startsWith("The new cut-off 25 Oct 2026 01:30 happens twice in Europe/London");
        assertThat(ExtensionDraft.newCutOffProblem(LocalDateTime.parse("2026-12-02T12:00"), newDue, LONDON))
                .isNull();
    }

    @Test
    void learnersAndReason() {
        assertThat(ExtensionDraft.learnersProblem(Set.of())).isEqualTo("Choose at least one learner.");
        assertThat(ExtensionDraft.learnersProblem(Set.of(1L))).isNull();
        assertThat(ExtensionDraft.reasonProblem(" ")).isEqualTo("Give the reason for the extension.");
        assertThat(ExtensionDraft.reasonProblem("x".repeat(501)))
                .isEqualTo("The reason is longer than 500 characters.");
        assertThat(ExtensionDraft.reasonProblem("Flooding\nat home")).isNull();
    }
}
