package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearnerSearchTest {

    @Test
    void storesTheNameWordsTheEmailAndTheEmailFromEachPartOfItsLocalPart() {
        assertThat(LearnerSearch.words("Mary-Jane O'Kon", "Mary.OKon.12@Learners.example.org"))
                .containsExactlyInAnyOrder(
                        "mary-jane",
                        "mary",
                        "jane",
                        "o'kon",
                        "o",
                        "kon",
                        "mary.okon.12@learners.example.org",
                        "okon.12@learners.example.org",
                        "12@learners.example.org");
    }

    @Test
    void searchesEveryTypedWordAsALiteralPrefix() {
        assertThat(LearnerSearch.prefixPatterns("  Ada LOVE ")).containsExactly("ada%", "love%");
        assertThat(LearnerSearch.prefixPatterns(".12@learners")).containsExactly("12@learners%");
        assertThat(LearnerSearch.prefixPatterns("50%_off")).containsExactly("50\\%\\_off%");
        assertThat(LearnerSearch.prefixPatterns("  ")).isEmpty();
    }
}
