package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearnerLifecycleTest {

    @Test
    void actionsFollowTheStatus() {
        assertThat(LearnerLifecycle.actionsFor(LearnerStatus.ACTIVE))
                .containsExactly(StatusAction.INTERRUPT, StatusAction.WITHDRAW, StatusAction.GRADUATE);
        assertThat(LearnerLifecycle.actionsFor(LearnerStatus.INTERRUPTED))
                .containsExactly(StatusAction.RESUME, StatusAction.WITHDRAW);
        assertThat(LearnerLifecycle.actionsFor(LearnerStatus.WITHDRAWN)).isEmpty();
        assertThat(LearnerLifecycle.actionsFor(LearnerStatus.GRADUATED)).isEmpty();
    }

    @Test
    void deferralNeedsAReasonAndALaterCohort() {
        assertThat(LearnerLifecycle.check(
                        "Ann Lee", LearnerStatus.ACTIVE, StatusAction.INTERRUPT, "Illness", 2025, 2026))
                .isEmpty();
        assertThat(LearnerLifecycle.check("Ann Lee", LearnerStatus.ACTIVE, StatusAction.INTERRUPT, " ", 2025, null))
                .containsExactly(
                        "Give a reason for the change; it is kept in the learner's history.",
                        "Choose the later cohort Ann Lee defers to.");
        assertThat(LearnerLifecycle.check("Ann Lee", LearnerStatus.ACTIVE, StatusAction.INTERRUPT, "Work", 2025, 2025))
                .containsExactly("Ann Lee can only defer to a later cohort than the 2025 intake.");
    }

    @Test
    void theDialogsFieldRulesAreTheChecksRules() {
        assertThat(LearnerLifecycle.reasonProblem("Illness\nsince March")).isNull();
        assertThat(LearnerLifecycle.reasonProblem(null))
                .isEqualTo("Give a reason for the change; it is kept in the learner's history.");
        assertThat(LearnerLifecycle.reasonProblem("Left\u009B2J")).contains("control character (U+009B)");
        assertThat(LearnerLifecycle.deferralTargetProblem("Ann Lee", StatusAction.INTERRUPT, null))
                .isEqualTo("Choose the later cohort Ann Lee defers to.");
        assertThat(LearnerLifecycle.deferralTargetProblem("Ann Lee", StatusAction.WITHDRAW, null))
                .isNull();
    }

    @Test
    void finalStatusesCannotChangeAndOnlyDeferralMovesCohort() {
        assertThat(LearnerLifecycle.check("Ann Lee", LearnerStatus.GRADUATED, StatusAction.RESUME, "Oops", 2023, null))
                .containsExactly("Ann Lee is graduated; \"Resume\" is not possible from there.");
        assertThat(LearnerLifecycle.check(
                        "Ann Lee", LearnerStatus.ACTIVE, StatusAction.WITHDRAW, "Moving on", 2025, 2026))
                .containsExactly("Only an interruption moves a learner to another cohort.");
        assertThat(LearnerLifecycle.check(
                        "Ann Lee", LearnerStatus.ACTIVE, StatusAction.WITHDRAW, "x".repeat(501), 2025, null))
                .containsExactly("The reason is too long (at most 500 characters).");
    }
}
