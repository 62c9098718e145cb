package com.cohortdesk.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.shared.RuleViolation;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithUserDetails("admin")
class CohortServiceIT {

    @Autowired
    CohortService cohorts;

    @Test
    void createsNextYearsCohortFromTheProposal() {
        var created = cohorts.create(CohortDraft.proposal(2027));
        assertThat(created.name()).isEqualTo("Fall 2027");
        assertThat(cohorts.get(created.id()).terms()).isEqualTo(TermCalendar.propose(2027));
        assertThat(cohorts.listCohorts()).extracting(CohortSummary::name).startsWith("Fall 2027");
    }

    @Test
    void refusesDuplicatesAndOverlappingTerms() {
        assertThatThrownBy(() -> cohorts.create(CohortDraft.proposal(2026)))
                .hasMessageContaining("There is already a cohort called Fall 2026.")
                .hasMessageContaining("The 2026 intake already exists (Fall 2026).");
        var terms = new ArrayList<>(TermCalendar.propose(2027));
        terms.set(2, new TermDates(3, terms.get(1).endsOn(), terms.get(2).endsOn()));
        assertThatThrownBy(() -> cohorts.create(new CohortDraft("Fall 2027", 2027, CohortStatus.PLANNED, terms)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("terms must not overlap");
    }

    @Test
    void secondEditOnTheSameVersionIsRefused() {
        var cohort = cohorts.create(CohortDraft.proposal(2027));
        var first = new CohortDraft("Fall 2027 (online)", 2027, CohortStatus.PLANNED, cohort.terms());
        var updated = cohorts.update(cohort.id(), cohort.version(), first);
        assertThat(updated.version()).isGreaterThan(cohort.version());
        var second = new CohortDraft("Fall 2027 (second editor)", 2027, CohortStatus.PLANNED, cohort.terms());
        assertThatThrownBy(() -> cohorts.update(cohort.id(), cohort.version(), second))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(cohorts.get(cohort.id()).name()).isEqualTo("Fall 2027 (online)");
    }

    @Test
    void archivedCohortsLeaveTheEverydayList() {
        var cohort = cohorts.create(CohortDraft.proposal(2027));
        cohorts.setArchived(cohort.id(), cohort.version(), true);
        assertThat(cohorts.listCohorts()).extracting(CohortSummary::name).doesNotContain("Fall 2027");
        assertThat(cohorts.listCohorts(true)).extracting(CohortSummary::name).contains("Fall 2027");
    }

    @Test
    @WithUserDetails("ada")
    void facultySeeTheCohortsOfTheOfferingsTheyLeadAndCannotCreate() {
        // Ada leads MLDS101 (term 1) of every cohort, past ones too; Fall 2027 has no offering yet.
        assertThat(cohorts.myCohorts())
                .extracting(CohortSummary::name)
                .containsExactly("Fall 2026", "Fall 2025", "Fall 2024", "Fall 2023");
        assertThatThrownBy(() -> cohorts.create(CohortDraft.proposal(2027))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.listCohorts()).isInstanceOf(AccessDeniedException.class);
    }
}
