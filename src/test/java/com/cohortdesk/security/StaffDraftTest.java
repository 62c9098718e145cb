package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffDraftTest {

    @Test
    void eachFieldHasItsRuleAndTheDraftListsThemInOrder() {
        assertThat(StaffDraft.usernameProblem(" Gita "))
                .as("kept stripped and in lower case")
                .isNull();
        assertThat(StaffDraft.usernameProblem("x'); drop table learner;--")).startsWith("The username needs");
        assertThat(StaffDraft.displayNameProblem("  ")).isEqualTo("Give a name of at most 120 characters.");
        assertThat(StaffDraft.displayNameProblem("Gita\nRao")).contains("line break");
        assertThat(StaffDraft.emailProblem("gita\t@cohortdesk.example")).isEqualTo("Give a valid email address.");
        assertThat(StaffDraft.emailProblem(" gita@cohortdesk.example ")).isNull();
        assertThat(StaffDraft.rolesProblem(Set.of())).isEqualTo("Choose at least one role.");
        assertThat(new StaffDraft("g", "Gita\nRao", "gita", Set.of()).problems())
                .containsExactly(
                        StaffDraft.usernameProblem("g"),
                        StaffDraft.displayNameProblem("Gita\nRao"),
                        "Give a valid email address.",
                        "Choose at least one role.");
        assertThat(new StaffDraft("gita", "Dr Gita Rao", "gita@cohortdesk.example", Set.of(Role.FACULTY)).problems())
                .isEmpty();
    }
}
