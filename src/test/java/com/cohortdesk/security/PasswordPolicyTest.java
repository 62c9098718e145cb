package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void lengthIsTwelveToOneHundredTwentyEight() {
        assertThat(PasswordPolicy.problem(null)).contains("at least 12");
        assertThat(PasswordPolicy.problem("short-phrase")).isNull();
        assertThat(PasswordPolicy.problem("eleven-char")).contains("at least 12");
        assertThat(PasswordPolicy.problem("abcdefgh".repeat(16))).isNull();
        assertThat(PasswordPolicy.problem("abcdefgh".repeat(16) + "x")).contains("at most 128");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(PasswordPolicy.problem("🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑")).contains("at least 12");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "PASSWORD1234",
                "qwertyuiop12",
                "Qwertyuiop123",
                "123456789012",
                "iloveyou1234",
                "Password2024!",
                "letmein12345",
                "1q2w3e4r5t6y",
                "correcthorsebatterystaple",
                "Monkey123456",
                "Dragon2025!!"
            })
    void commonPasswordsAreRefusedIgnoringCase(String password) {
        assertThat(PasswordPolicy.problem(password)).contains("commonly used");
    }

    @Test
    void theListIsShippedAndLarge() {
        assertThat(PasswordPolicy.commonPasswords()).hasSizeGreaterThan(1000).contains("password1234", "qwertyuiop12");
    }

    @Test
    void repeatedCharactersAndTheUsernameAreRefused() {
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaab")).contains("too few different");
        assertThat(PasswordPolicy.problem("ada.okonkwo.staff", "Ada.Okonkwo.Staff"))
                .contains("username");
    }

    @Test
    void passphrasesAndTheDemoPasswordsAreAccepted() {
        assertThat(PasswordPolicy.problem("correct-horse-battery")).isNull();
        assertThat(PasswordPolicy.problem("admin-demo-password")).isNull();
        assertThat(PasswordPolicy.problem("faculty-demo-password")).isNull();
        assertThat(PasswordPolicy.problem("purple monkey dishwasher")).isNull();
        assertThat(StaffService.passwordProblem("short")).contains("at least 12");
    }
}
