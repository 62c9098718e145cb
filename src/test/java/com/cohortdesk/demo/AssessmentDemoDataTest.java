package com.cohortdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AssessmentDemoDataTest {

    @Test
    void everyModuleHasAPlanWhoseWeightsAddUpTo100() {
        assertThat(AssessmentDemoData.PLANS.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        DemoCatalogue.modules().stream().map(m -> m.code()).toList());
        AssessmentDemoData.PLANS.forEach((code, plan) -> assertThat(plan.stream()
                        .mapToInt(AssessmentDemoData.Planned::weight)
                        .sum())
                .as(code)
                .isEqualTo(100));
    }

    @Test
    void deadlinesAreDatedByWeekAndDayOfTheTerm() {
        var monday = LocalDate.of(2026, 10, 5);
        var plan = AssessmentDemoData.PLANS.get("MLDS101").get(2); // coursework, week 8, Monday
        var draft = AssessmentDemoData.draft(7, monday, plan).resolve();
        assertThat(draft.due().toString()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(draft.cutOff().toString()).isEqualTo("2026-11-25T12:00:00Z");
        var quiz = AssessmentDemoData.draft(
                        7, monday, AssessmentDemoData.PLANS.get("MLDS100").getFirst())
                .resolve();
        assertThat(quiz.release().toString())
                .isEqualTo("2026-10-05T08:00:00Z"); // clamped to the term's first day, 09:00 BST
        assertThat(DayOfWeek.from(quiz.due().atZone(ZoneId.of("Europe/London"))))
                .isEqualTo(DayOfWeek.MONDAY);
    }
}
