package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.shared.Countries;
import org.junit.jupiter.api.Test;

class LearnerRulesTest {

    @Test
    void validDetailsHaveNoProblems() {
        assertThat(LearnerRules.check("Priya Nair", "priya.nair@example.org", "IN", "Asia/Kolkata"))
                .isEmpty();
    }

    @Test
    void eachFieldIsExplained() {
        assertThat(LearnerRules.check(" ", "priya@@example", "XX", "India/Delhi"))
                .containsOnlyKeys("name", "email", "country", "timeZone")
                .containsEntry("email", "\"priya@@example\" is not a valid email address.")
                .containsEntry("country", "\"XX\" is not a known country code.")
                .containsEntry(
                        "timeZone",
                        "\"India/Delhi\" is not a time zone; use a region name such as Europe/London or Asia/Kolkata.");
    }

    @Test
    void eachFieldHasItsOwnRuleWhichTheWholeCheckUses() {
        assertThat(LearnerRules.nameProblem("Priya Nair")).isNull();
        assertThat(LearnerRules.nameProblem(" ")).isEqualTo("Enter the learner's name.");
        assertThat(LearnerRules.nameProblem("\u001B[31mAna")).contains("control character (ESC, U+001B)");
        assertThat(LearnerRules.emailProblem("priya@@example"))
                .isEqualTo("\"priya@@example\" is not a valid email address.");
        assertThat(LearnerRules.countryProblem(null)).isEqualTo("\"\" is not a known country code.");
        assertThat(LearnerRules.timeZoneProblem("EST")).contains("America/New_York");
        // a control character in one field no longer hides the problems of the others
        assertThat(LearnerRules.check("Ana\u2029Silva", "ana@@example", "GB", "Europe/London"))
                .containsOnlyKeys("name", "email");
    }

    @Test
    void emailShapes() {
        assertThat(LearnerRules.isValidEmail("a.b+c@uni.ac.uk")).isTrue();
        assertThat(LearnerRules.isValidEmail("a b@uni.ac.uk")).isFalse();
        assertThat(LearnerRules.isValidEmail("a..b@uni.ac.uk")).isFalse();
        assertThat(LearnerRules.isValidEmail("ab@uni")).isFalse();
        assertThat(LearnerRules.isValidEmail("x".repeat(250) + "@a.org")).isFalse();
    }

    @Test
    void countriesResolveCodesAndEnglishNames() {
        assertThat(Countries.resolve("nz")).contains("NZ");
        assertThat(Countries.resolve("New Zealand")).contains("NZ");
        assertThat(Countries.resolve("united kingdom")).contains("GB");
        assertThat(Countries.resolve("Atlantis")).isEmpty();
        assertThat(Countries.name("CI")).isEqualTo("Côte d’Ivoire");
    }
}
