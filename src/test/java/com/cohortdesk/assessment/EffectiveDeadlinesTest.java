package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveDeadlinesTest {

    static final Instant DUE = Instant.parse("2026-11-06T12:00:00Z");
    static final Instant CUT_OFF = Instant.parse("2026-11-08T12:00:00Z");

    static ExtensionGrant grant(long id, long assessment, String newDue, String granted) {
        return new ExtensionGrant(
                id, assessment, Instant.parse(newDue), null, "Medical", "admin", Instant.parse(granted));
    }

    @Test
    void withoutExtensionsTheAssessmentsDeadlinesApply() {
        var effective = EffectiveDeadlines.of(
                List.of(new Deadline(1, DUE, CUT_OFF), new Deadline(2, DUE.minusSeconds(3600), null)), List.of());
        assertThat(effective).extracting(EffectiveDeadline::assessmentId).containsExactly(2L, 1L);
        assertThat(effective.get(1).cutOff()).isEqualTo(CUT_OFF);
        assertThat(effective).noneMatch(EffectiveDeadline::extended);
    }

    @Test
    void theLatestGrantAppliesAndOthersAssessmentsAreUntouched() {
        var effective = EffectiveDeadlines.of(
                List.of(new Deadline(1, DUE, CUT_OFF), new Deadline(2, DUE, null)),
                List.of(
                        grant(10, 1, "2026-11-20T12:00:00Z", "2026-11-02T09:00:00Z"),
                        grant(11, 1, "2026-11-13T12:00:00Z", "2026-11-03T09:00:00Z"),
                        grant(12, 3, "2026-12-13T12:00:00Z", "2026-11-03T09:00:00Z")));
        var first = effective.stream()
                .filter(e -> e.assessmentId() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(first.due()).isEqualTo(Instant.parse("2026-11-13T12:00:00Z"));
        assertThat(first.extension().id()).isEqualTo(11);
        assertThat(effective.stream()
                        .filter(e -> e.assessmentId() == 2)
                        .findFirst()
                        .orElseThrow()
                        .extended())
                .isFalse();
        assertThat(effective).hasSize(2);
    }

    @Test
    void theCutOffMovesNoEarlierThanTheNewDueUnlessOneWasGranted() {
        var later = EffectiveDeadlines.apply(
                new Deadline(1, DUE, CUT_OFF), grant(1, 1, "2026-11-10T12:00:00Z", "2026-11-01T00:00:00Z"));
        assertThat(later.cutOff()).isEqualTo(Instant.parse("2026-11-10T12:00:00Z"));
        var short_ = EffectiveDeadlines.apply(
                new Deadline(1, DUE, CUT_OFF), grant(1, 1, "2026-11-07T12:00:00Z", "2026-11-01T00:00:00Z"));
        assertThat(short_.cutOff()).isEqualTo(CUT_OFF);
        var none = EffectiveDeadlines.apply(
                new Deadline(1, DUE, null), grant(1, 1, "2026-11-07T12:00:00Z", "2026-11-01T00:00:00Z"));
        assertThat(none.cutOff()).isNull();
        var given = EffectiveDeadlines.apply(
                new Deadline(1, DUE, null),
                new ExtensionGrant(
                        1,
                        1,
                        Instant.parse("2026-11-10T12:00:00Z"),
                        Instant.parse("2026-11-12T12:00:00Z"),
                        "r",
                        "admin",
                        Instant.EPOCH));
        assertThat(given.cutOff()).isEqualTo(Instant.parse("2026-11-12T12:00:00Z"));
    }

    @Test
    void anExtensionMustMoveTheDeadlineLaterAndGiveAReason() {
        var deadline = new Deadline(1, DUE, null);
        assertThat(EffectiveDeadlines.problems(deadline, DUE, null, "Medical"))
                .containsExactly("An extension must move the deadline later than the assessment's own.");
        assertThat(EffectiveDeadlines.problems(deadline, DUE.plusSeconds(60), DUE, " "))
                .containsExactly(
                        "The new cut-off must not be before the new deadline.", "Give the reason for the extension.");
        assertThat(EffectiveDeadlines.problems(deadline, DUE.plusSeconds(60), null, "Medical"))
                .isEmpty();
    }
}
