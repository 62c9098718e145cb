package com.cohortdesk.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.enrollment.EnrollmentDecisions.Held;
import com.cohortdesk.enrollment.EnrollmentDecisions.TermOffering;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentDecisionsTest {

    private final List<TermOffering> term3 = List.of(
            new TermOffering(31, "M05", "Deep Learning", 1, 1),
            new TermOffering(32, "M06", "Probabilistic Modelling", 1, 1),
            new TermOffering(33, "ETH", "Ethics", 2, 3));
    private final Held ethics1 = new Held("ETH", 1, 1, EnrollmentStatus.COMPLETED, "Fall 2025", 13);

    @Test
    void anActiveLearnerGetsEveryModuleOfTheTerm() {
        var decision = EnrollmentDecisions.decide("Ann Lee", true, "active", 3, term3, List.of(ethics1));
        assertThat(decision.add()).extracting(TermOffering::moduleCode).containsExactly("M05", "M06", "ETH");
        assertThat(decision.skipped()).isEmpty();
    }

    @Test
    void enrollingAgainAddsNothing() {
        var held = List.of(
                ethics1,
                new Held("M05", 1, 3, EnrollmentStatus.ENROLLED, "Fall 2025", 31),
                new Held("M06", 1, 3, EnrollmentStatus.ENROLLED, "Fall 2025", 32),
                new Held("ETH", 2, 3, EnrollmentStatus.ENROLLED, "Fall 2025", 33));
        var decision = EnrollmentDecisions.decide("Ann Lee", true, "active", 3, term3, held);
        assertThat(decision.add()).isEmpty();
        assertThat(decision.skipped())
                .containsExactly("Ann Lee: already enrolled in M05; already enrolled in M06; already enrolled in ETH.");
    }

    @Test
    void inactiveLearnersAreSkippedWithTheirStanding() {
        var decision = EnrollmentDecisions.decide("Ann Lee", false, "interrupted", 3, term3, List.of());
        assertThat(decision.add()).isEmpty();
        assertThat(decision.skipped()).containsExactly("Ann Lee is interrupted, so is not enrolled.");
    }

    @Test
    void ethicsPartTwoNeedsPartOneAndModulesAlreadyTakenElsewhereAreSkipped() {
        var held = List.of(new Held("M05", 1, 3, EnrollmentStatus.COMPLETED, "Fall 2024", 7));
        var decision = EnrollmentDecisions.decide("Ann Lee", true, "active", 3, term3, held);
        assertThat(decision.add()).extracting(TermOffering::moduleCode).containsExactly("M06");
        assertThat(decision.skipped())
                .containsExactly("Ann Lee: already took M05 Deep Learning with Fall 2024; "
                        + "has not taken part 1 of ETH, so cannot take part 2.");
    }

    @Test
    void aTermIsNeverOverloaded() {
        var held = List.of(
                ethics1,
                new Held("X1", 1, 3, EnrollmentStatus.ENROLLED, "Fall 2024", 90),
                new Held("X2", 1, 3, EnrollmentStatus.ENROLLED, "Fall 2024", 91));
        var decision = EnrollmentDecisions.decide("Ann Lee", true, "active", 3, term3, held);
        assertThat(decision.add()).isEmpty();
        assertThat(decision.skipped()).containsExactly("Ann Lee: would take 5 modules in term 3 (the schedule has 3).");
    }
}
