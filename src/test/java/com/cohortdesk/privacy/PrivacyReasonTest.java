package com.cohortdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PrivacyReasonTest {

    @Test
    void aReasonIsGivenShortEnoughAndFreeOfControlCharacters() {
        assertThat(PrivacyReason.problem("erasure", "Data subject request")).isNull();
        assertThat(PrivacyReason.problem("erasure", "Request by letter,\nreceived 2 March"))
                .as("line breaks are fine")
                .isNull();
        assertThat(PrivacyReason.problem("legal hold", " ")).isEqualTo("Give the reason for the legal hold.");
        assertThat(PrivacyReason.problem("erasure", null)).isEqualTo("Give the reason for the erasure.");
        assertThat(PrivacyReason.problem("legal hold", "x".repeat(501)))
                .isEqualTo("The reason is too long (500 characters at most).");
        assertThat(PrivacyReason.problem("erasure", "Request\u009B2J"))
                .isEqualTo("The reason contains a control character (U+009B); remove it.");
        assertThatThrownBy(() -> PrivacyReason.require("erasure", ""))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Give the reason for the erasure.");
    }
}
