package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/**
 * The roster's order written for its indexes: columns filtered to one value leave it, and one of them leads it (the
 * cohort, else the zone, else the country, else the status) in the first sort column's direction, unless a search
 * finds the learners; the rows' order is the same either way.
 */
class LearnerRowsOrderTest {

    private static final Sort BY_EMAIL_DESC = Sort.by(Sort.Direction.DESC, "l.email");
    private static final Sort BY_COUNTRY = Sort.by("l.country", "l.full_name", "l.id");

    @Test
    void oneFilteredColumnLeadsTheOrder() {
        assertThat(LearnerRowsImpl.indexedOrder(BY_EMAIL_DESC, LearnerStatus.GRADUATED, null, null, false, false))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "l.status", "l.email"));
        assertThat(LearnerRowsImpl.indexedOrder(BY_EMAIL_DESC, LearnerStatus.GRADUATED, "GB", null, false, false))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "l.country", "l.email"));
        assertThat(LearnerRowsImpl.indexedOrder(BY_COUNTRY, LearnerStatus.ACTIVE, null, "Europe/London", false, false))
                .isEqualTo(Sort.by("l.time_zone", "l.country", "l.full_name", "l.id"));
    }

    @Test
    void aSortColumnThatIsAlsoFilteredIsNotRepeated() {
        assertThat(LearnerRowsImpl.indexedOrder(BY_COUNTRY, null, "GB", null, false, false))
                .isEqualTo(BY_COUNTRY);
    }

    @Test
    void onACohortsPageTheCohortLeadsAndTheConstantColumnsLeave() {
        var byStatusDesc = Sort.by(Sort.Direction.DESC, "l.status", "l.full_name", "l.id");
        assertThat(LearnerRowsImpl.indexedOrder(byStatusDesc, LearnerStatus.ACTIVE, null, null, true, false))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "l.cohort_id", "l.full_name", "l.id"));
        var byCohort = Sort.by("l.cohort_name", "l.full_name", "l.id");
        assertThat(LearnerRowsImpl.indexedOrder(byCohort, null, null, null, true, true))
                .isEqualTo(Sort.by("l.full_name", "l.id"));
    }

    @Test
    void withoutFiltersOrWithASearchNothingLeads() {
        assertThat(LearnerRowsImpl.indexedOrder(BY_COUNTRY, null, null, null, false, false))
                .isEqualTo(BY_COUNTRY);
        assertThat(LearnerRowsImpl.indexedOrder(BY_EMAIL_DESC, LearnerStatus.GRADUATED, null, null, false, true))
                .isEqualTo(BY_EMAIL_DESC);
    }
}
