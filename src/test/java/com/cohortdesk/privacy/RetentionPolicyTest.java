package com.cohortdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.shared.RuleViolation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy(RetentionPolicy.DEFAULT);

    @Test
    void graduatesAndWithdrawnLearnersAreDueSixYearsAfterTheDayTheyLeft() {
        assertThat(policy.dueOn("GRADUATED", LocalDate.of(2020, 7, 31))).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(policy.dueOn("WITHDRAWN", LocalDate.of(2020, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void activeAndInterruptedLearnersAreNeverDue() {
        assertThat(policy.dueOn("ACTIVE", LocalDate.of(2000, 1, 1))).isNull();
        assertThat(policy.dueOn("INTERRUPTED", LocalDate.of(2000, 1, 1))).isNull();
        assertThat(policy.dueOn("GRADUATED", null)).isNull();
    }

    @Test
    void dueWithinCountsOverdueAndTheLastDay() {
        var today = LocalDate.of(2026, 11, 25);
        assertThat(RetentionPolicy.dueWithin(LocalDate.of(2020, 1, 1), today, 0))
                .isTrue();
        assertThat(RetentionPolicy.dueWithin(today, today, 0)).isTrue();
        assertThat(RetentionPolicy.dueWithin(today.plusDays(1), today, 0)).isFalse();
        assertThat(RetentionPolicy.dueWithin(today.plusDays(30), today, 30)).isTrue();
        assertThat(RetentionPolicy.dueWithin(today.plusDays(31), today, 30)).isFalse();
    }

    @Test
    void theLatestEndDueByADayAgreesWithDueOnAcrossMonthEnds() {
        // every end day over four years, around 29 February and month ends, against the day-by-day rule
        for (var policy : List.of(
                this.policy, new RetentionPolicy(Period.of(1, 1, 0)), new RetentionPolicy(Period.ofMonths(18)))) {
            for (var day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(1)) {
                var latest = policy.latestEndDueBy(day);
                assertThat(policy.dueOn("GRADUATED", latest))
                        .as("%s due by %s", latest, day)
                        .isBeforeOrEqualTo(day);
                assertThat(policy.dueOn("GRADUATED", latest.plusDays(1)))
                        .as("%s not due by %s", latest.plusDays(1), day)
                        .isAfter(day);
            }
        }
        assertThat(policy.latestEndDueBy(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void theSettingMustBePositive() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO)).isInstanceOf(RuleViolation.class);
        assertThat(new RetentionPolicy(Period.ofYears(3)).dueOn("GRADUATED", LocalDate.of(2020, 1, 1)))
                .isEqualTo(LocalDate.of(2023, 1, 1));
    }
}
