package com.cohortdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ana Silva",
                "Zoë Ó Súilleabháin",
                "محمد عبد الله",
                "שרה כהן",
                "李小龙",
                "Ana 🎓 Silva",
                "O'Brien-Smith",
                "  spaced  "
            })
    void textOfEveryScriptEmojiAndRightToLeftPasses(String value) {
        assertThat(TextRules.singleLineProblem("name", value)).isNull();
        assertThat(TextRules.multiLineProblem("reason", value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Ana\u0007", "\u001B[31mAna", "A\u0000na", "Ana\tSilva", "Ana\u007F", "Ana\u009B31m", "A\u0001"})
    void controlCharactersAreRefusedEverywhere(String value) {
        assertThat(TextRules.singleLineProblem("name", value)).startsWith("the name contains a control character");
        assertThat(TextRules.multiLineProblem("reason", value)).startsWith("the reason contains a control character");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ana\nSilva",
                "Ana\r\nSilva",
                "Ana\rSilva",
                "Ana\u2028Silva",
                "Ana\u2029Silva",
                "Ana\u0085Silva",
                "Ana\u000BSilva",
                "Ana\u000CSilva"
            })
    void lineBreaksAreRefusedInSingleLineFields(String value) {
        assertThat(TextRules.singleLineProblem("name", value))
                .isEqualTo("the name contains a line break; keep it on one line.");
    }

    @Test
    void multiLineFieldsKeepTheirLineBreaksButNothingElse() {
        assertThat(TextRules.multiLineProblem("reason", "First line\nsecond line\r\nthird"))
                .isNull();
        assertThat(TextRules.multiLineProblem("reason", "a\rb")).isNotNull();
        assertThat(TextRules.multiLineProblem("reason", "a\u2028b")).isNotNull();
        assertThat(TextRules.multiLineProblem("reason", "ok\n\u0007"))
                .isEqualTo("the reason contains a control character (BEL, U+0007); remove it.");
    }

    @Test
    void namesTheCharacterAndRefusesWithARuleViolation() {
        assertThat(TextRules.singleLineProblem("title", "\u001B[2J"))
                .isEqualTo("the title contains a control character (ESC, U+001B); remove it.");
        var problems = new ArrayList<String>();
        TextRules.checkSingleLine("name", "A\nB", problems);
        assertThat(problems).containsExactly("The name contains a line break; keep it on one line.");
        assertThatThrownBy(() -> TextRules.requireSingleLine("note", "x\u0007"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The note contains a control character (BEL, U+0007); remove it.");
        TextRules.requireSingleLine("note", null);
    }
}
