package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AttendanceThresholdTest {

    private final AttendanceThreshold half = new AttendanceThreshold(50, 4);

    @Test
    void belowMeansStrictlyLessThanThePercentOfTheSessionsCounted() {
        assertThat(half.isBelow(1, 4)).isTrue();
        assertThat(half.isBelow(2, 4)).as("exactly 50 % is not below").isFalse();
        assertThat(half.isBelow(0, 1)).isTrue();
        assertThat(half.isBelow(1, 3)).isTrue();
        assertThat(half.isBelow(2, 3)).isFalse();
        assertThat(half.isBelow(0, 0)).as("nothing to count").isFalse();
        assertThat(new AttendanceThreshold(75, 4).isBelow(3, 4)).isFalse();
        assertThat(new AttendanceThreshold(75, 4).isBelow(2, 4)).isTrue();
    }

    @Test
    void describesItselfAndRefusesNonsense() {
        assertThat(half.describe()).isEqualTo("50 % of the last 4 sessions");
        assertThat(new AttendanceThreshold(80, 1).describe()).isEqualTo("80 % of the last 1 session");
        assertThatThrownBy(() -> new AttendanceThreshold(0, 4)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new AttendanceThreshold(101, 4)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new AttendanceThreshold(50, 0)).isInstanceOf(RuleViolation.class);
    }
}
