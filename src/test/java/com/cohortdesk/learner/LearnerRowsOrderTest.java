package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** The roster's order with the status as the only filter starts with the status, in the first column's direction. */
class LearnerRowsOrderTest {

    @Test
    void theStatusLeadsTheOrderOnlyWhenItIsTheOnlyFilter() {
        var byCountryDesc = Sort.by(Sort.Direction.DESC, "l.country", "l.full_name", "l.id");
        assertThat(LearnerRowsImpl.statusFirst(byCountryDesc, true))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "l.status", "l.country", "l.full_name", "l.id"));
        assertThat(LearnerRowsImpl.statusFirst(byCountryDesc, false)).isEqualTo(byCountryDesc);
        var byStatus = Sort.by("l.status", "l.full_name", "l.id");
        assertThat(LearnerRowsImpl.statusFirst(byStatus, true)).isEqualTo(byStatus);
    }
}
