package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.shared.EmailAddresses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"a@example.org", "first.last+tag@sub.example.co.uk", "o'neil@example.ie", "x_y-z@a-b.example"})
    void accepts(String email) {
        assertThat(EmailAddresses.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bob@@x",
                "bob",
                "@example.org",
                "bob@",
                "bob@example",
                "bob smith@example.org",
                "bob@exa mple.org",
                ".bob@example.org",
                "bob.@example.org",
                "bo..b@example.org",
                "bob@-example.org",
                "bob@example..org",
                "a@b@example.org"
            })
    void refuses(String email) {
        assertThat(EmailAddresses.isValid(email)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesAddressesLongerThan254Characters() {
        var domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(50) + ".org";
        assertThat(EmailAddresses.isValid("a".repeat(254 - domain.length() - 1) + "@" + domain))
                .isTrue();
        assertThat(EmailAddresses.isValid("a".repeat(255 - domain.length() - 1) + "@" + domain))
                .isFalse();
    }
}
