package com.cohortdesk.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CohortDraftTest {

    @Test
    void proposalIsValid() {
        var draft = CohortDraft.proposal(2027);
        assertThat(draft.name()).isEqualTo("Fall 2027");
        assertThat(draft.status()).isEqualTo(CohortStatus.PLANNED);
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void explainsMissingNameWrongYearAndMissingTerm() {
        var terms = new ArrayList<>(TermCalendar.propose(2027));
        terms.remove(5);
        var draft = new CohortDraft(" ", 2028, CohortStatus.PLANNED, terms);
        assertThat(draft.problems())
                .contains(
                        "A cohort has 6 terms, but 5 are given.",
                        "Term 1 of the 2028 intake should start in 2028, not 2027.");
        assertThat(draft.problems().getFirst()).startsWith("Give the cohort a name");
    }

    @Test
    void theFieldRulesAreTheDraftsRules() {
        assertThat(CohortDraft.nameProblem("Fall 2027")).isNull();
        assertThat(CohortDraft.nameProblem(null)).startsWith("Give the cohort a name");
        assertThat(CohortDraft.nameProblem("x".repeat(81)))
                .isEqualTo("The cohort name is too long (at most 80 characters).");
        assertThat(CohortDraft.nameProblem("Fall\u0007 2027")).contains("control character (BEL, U+0007)");
        assertThat(CohortDraft.intakeYearProblem(null)).isEqualTo("The intake year must be between 2000 and 2100.");
        assertThat(CohortDraft.intakeYearProblem(2100)).isNull();
        var draft = new CohortDraft("Fall\n2027", 1999, CohortStatus.PLANNED, TermCalendar.propose(1999));
        assertThat(draft.problems())
                .startsWith(CohortDraft.nameProblem("Fall\n2027"), CohortDraft.intakeYearProblem(1999));
    }

    @Test
    void currentOrNextTermLooksAheadBetweenTerms() {
        var terms = TermCalendar.propose(2025);
        assertThat(TermCalendar.currentOrNextTerm(terms, LocalDate.of(2026, 1, 30)))
                .isEqualTo(2);
        assertThat(TermCalendar.currentOrNextTerm(terms, LocalDate.of(2026, 11, 25)))
                .isEqualTo(4);
        assertThat(TermCalendar.currentOrNextTerm(terms, LocalDate.of(2028, 1, 1)))
                .isZero();
    }
}
