package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentDraftTest {

    static AssessmentDraft draft(String zone, String release, String due, String cutOff, String weight) {
        return new AssessmentDraft(
                1,
                AssessmentType.QUIZ,
                "Quiz 1",
                new BigDecimal(weight),
                zone,
                LocalDateTime.parse(release),
                LocalDateTime.parse(due),
                cutOff == null ? null : LocalDateTime.parse(cutOff));
    }

    @Test
    void resolvesInTheZoneItWasEnteredIn() {
        var resolved = draft("Asia/Kolkata", "2026-10-05T09:00", "2026-10-30T17:30", "2026-11-01T17:30", "12.5")
                .resolve();
        assertThat(resolved.due()).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(resolved.cutOff()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(resolved.zone().getId()).isEqualTo("Asia/Kolkata");
    }

    @Test
    void namesEveryProblem() {
        assertThatThrownBy(
                        () -> draft("Europe/London", "2026-11-01T09:00", "2026-10-25T01:30", "2026-10-20T12:00", "120")
                                .resolve())
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("The weight must be between 0 and 100 %.")
                .hasMessageContaining("The due time 25 Oct 2026 01:30 happens twice in Europe/London")
                .hasMessageNotContaining("cut-off"); // not compared with a due time that has no instant
        assertThatThrownBy(() -> draft("GMT+1", "2026-10-01T09:00", "2026-10-05T12:00", null, "10")
                        .resolve())
                .hasMessageContaining("\"GMT+1\" is not a time zone");
        assertThatThrownBy(() -> draft("Europe/London", "2026-10-06T09:00", "2026-10-05T12:00", null, "10.125")
                        .resolve())
                .hasMessageContaining("at most two decimals")
                .hasMessageContaining("The release must be before the deadline.");
        assertThatThrownBy(() -> draft("Europe/London", "2026-03-29T01:15", "2026-04-05T12:00", null, "10")
                        .resolve())
                .hasMessageContaining("The release time 29 Mar 2026 01:15 does not exist in Europe/London");
    }

    @Test
    void weightsAddUpTo100() {
        assertThat(WeightCheck.of(List.of(new BigDecimal("12.5"), new BigDecimal("87.50")))
                        .complete())
                .isTrue();
        assertThat(WeightCheck.of(List.of(new BigDecimal("80"))).text()).isEqualTo("80 % of 100 % (20 % missing)");
        assertThat(WeightCheck.of(List.of(new BigDecimal("60"), new BigDecimal("50")))
                        .text())
                .isEqualTo("110 % of 100 % (10 % too many)");
        assertThat(WeightCheck.of(List.of()).complete()).isFalse();
    }
}
