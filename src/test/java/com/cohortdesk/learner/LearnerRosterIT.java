package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortService;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The roster pages, filters and sorts in the database. */
@IntegrationTest
@WithUserDetails("admin")
class LearnerRosterIT {

    @Autowired
    LearnerService learners;

    @Autowired
    CohortService cohorts;

    @Test
    void pagesAreStableAndDisjoint() {
        var first = learners.roster(LearnerFilter.none(), PageRequest.of(0, 50, Sort.by("email")));
        var second = learners.roster(LearnerFilter.none(), PageRequest.of(1, 50, Sort.by("email")));
        assertThat(first).hasSize(50).isSortedAccordingTo(Comparator.comparing(LearnerRow::email));
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
        assertThat(first.getLast().email()).isLessThan(second.getFirst().email());
    }

    @Test
    void filtersByCohortStatusAndText() {
        var cohort = cohorts.listCohorts().stream()
                .filter(c -> c.intakeYear() == 2026)
                .findFirst()
                .orElseThrow();
        var rows = learners.roster(
                new LearnerFilter(null, cohort.id(), null, LearnerStatus.ACTIVE, null), PageRequest.of(0, 500));
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.cohortName()).isEqualTo("Fall 2026");
            assertThat(r.status()).isEqualTo(LearnerStatus.ACTIVE);
        });
        var someone = rows.getFirst();
        var byText = learners.roster(
                new LearnerFilter(someone.email().toUpperCase(), null, null, null, null), PageRequest.of(0, 10));
        assertThat(byText).extracting(LearnerRow::id).containsExactly(someone.id());
    }

    @Test
    void sortsByCohortNameDescending() {
        var rows = learners.roster(
                LearnerFilter.none(), PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "cohortName")));
        assertThat(rows).allSatisfy(r -> assertThat(r.cohortName()).isEqualTo("Fall 2026"));
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        assertThat(learners.roster(new LearnerFilter("%", null, null, null, null), PageRequest.of(0, 10)))
                .isEmpty();
    }
}
