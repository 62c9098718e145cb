package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class LearnerServiceIT {

    @Autowired
    LearnerService learners;

    @Autowired
    CohortService cohorts;

    @Autowired
    JdbcTemplate jdbc;

    private CohortSummary cohort(int intake) {
        return cohorts.listCohorts().stream()
                .filter(c -> c.intakeYear() == intake)
                .findFirst()
                .orElseThrow();
    }

    private LearnerRow anActiveLearnerOf(int intake) {
        return learners.roster(
                        new LearnerFilter(null, cohort(intake).id(), null, LearnerStatus.ACTIVE, null),
                        PageRequest.of(0, 1))
                .getFirst();
    }

    @Test
    @WithUserDetails("admin")
    void deferralMovesTheLearnerKeepsWhereTheyCameFromAndRecordsWhoWhenWhy() {
        var row = anActiveLearnerOf(2025);
        var before = learners.get(row.id());
        var after = learners.changeStatus(
                row.id(),
                before.version(),
                StatusAction.INTERRUPT,
                "Caring responsibilities",
                cohort(2026).id());
        assertThat(after.status()).isEqualTo(LearnerStatus.INTERRUPTED);
        assertThat(after.cohortName()).isEqualTo("Fall 2026");
        assertThat(after.deferredFrom()).isEqualTo("Fall 2025");
        assertThat(after.history()).singleElement().satisfies(h -> {
            assertThat(h.fromCohort()).isEqualTo("Fall 2025");
            assertThat(h.toCohort()).isEqualTo("Fall 2026");
            assertThat(h.reason()).isEqualTo("Caring responsibilities");
            assertThat(h.changedBy()).isEqualTo("admin");
            assertThat(h.changedAt()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
        });
        var resumed = learners.changeStatus(row.id(), after.version(), StatusAction.RESUME, "Back from leave", null);
        assertThat(resumed.status()).isEqualTo(LearnerStatus.ACTIVE);
        assertThat(resumed.history())
                .hasSize(2)
                .first()
                .satisfies(h -> assertThat(h.toStatus()).isEqualTo(LearnerStatus.ACTIVE));
    }

    @Test
    @WithUserDetails("admin")
    void refusedChangesAreExplainedAndChangeNothing() {
        var row = anActiveLearnerOf(2025);
        var version = learners.get(row.id()).version();
        assertThatThrownBy(() -> learners.changeStatus(
                        row.id(),
                        version,
                        StatusAction.INTERRUPT,
                        "",
                        cohort(2024).id()))
                .hasMessageContaining("Give a reason")
                .hasMessageContaining("can only defer to a later cohort than the 2025 intake");
        assertThat(learners.get(row.id()).status()).isEqualTo(LearnerStatus.ACTIVE);
        assertThat(learners.get(row.id()).history()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void secondEditOnTheSameVersionIsRefused() {
        var row = anActiveLearnerOf(2026);
        var details = learners.get(row.id());
        learners.update(
                row.id(), details.version(), new LearnerEdit("First Editor", row.email(), "NZ", "Pacific/Auckland"));
        assertThatThrownBy(() -> learners.update(
                        row.id(),
                        details.version(),
                        new LearnerEdit("Second Editor", row.email(), "GB", "Europe/London")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(learners.get(row.id()).fullName()).isEqualTo("First Editor");
        assertThatThrownBy(
                        () -> learners.changeStatus(row.id(), details.version(), StatusAction.WITHDRAW, "Late", null))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("admin")
    void editsAreValidatedAndEmailsStayUnique() {
        var row = anActiveLearnerOf(2026);
        var other = anActiveLearnerOf(2025);
        var version = learners.get(row.id()).version();
        assertThatThrownBy(() -> learners.update(row.id(), version, new LearnerEdit("X", "bad", "GB", "Europe/London")))
                .hasMessage("\"bad\" is not a valid email address.");
        assertThatThrownBy(() -> learners.update(
                        row.id(), version, new LearnerEdit("X", other.email().toUpperCase(), "GB", "Europe/London")))
                .hasMessage(
                        "Another learner already has the email " + other.email().toUpperCase() + ".");
    }

    @Test
    @WithUserDetails("admin")
    void renamingACohortRenamesItOnTheRosterAndTheRosterSortsByCohort() {
        var fall2025 = cohort(2025);
        cohorts.update(
                fall2025.id(),
                fall2025.version(),
                new CohortDraft("Autumn 2025 intake", 2025, fall2025.status(), fall2025.terms()));
        var rows = learners.roster(new LearnerFilter(null, fall2025.id(), null, null, null), PageRequest.of(0, 500));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.cohortName()).isEqualTo("Autumn 2025 intake"));
        var sorted = learners.roster(LearnerFilter.none(), PageRequest.of(0, 5, Sort.by("cohortName")));
        assertThat(sorted).allSatisfy(r -> assertThat(r.cohortName()).isEqualTo("Autumn 2025 intake"));
    }

    @Test
    @WithUserDetails("admin")
    void countsPerCohortAndStatusAddUp() {
        var counts = learners.countsByCohort();
        assertThat(counts).hasSize(4);
        assertThat(counts.values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(learners.countLearners());
    }

    @Test
    @WithUserDetails("divya")
    void facultyReadOnlyTheLearnersHoldingAPlaceInTheOfferingsTheyLead() {
        // divya leads MLDS201 (term 3) and MLDS203 (term 4): offerings of Fall 2025, Fall 2024 and Fall 2023
        // (graduated)
        var hers = new HashSet<>(jdbc.queryForList("""
                select distinct e.learner_id from enrollment e join offering_lead ol on ol.offering_id = e.offering_id
                join staff_user s on s.id = ol.staff_user_id where s.username = 'divya'""", Long.class));
        assertThat(hers).hasSizeBetween(300, 599);
        var all = learners.roster(LearnerFilter.none(), PageRequest.of(0, 5000));
        assertThat(all).extracting(LearnerRow::id).hasSameElementsAs(hers);
        long fall2023 = jdbc.queryForObject("select id from cohort where intake_year = 2023", Long.class);
        assertThat(learners.roster(
                        new LearnerFilter(null, fall2023, null, LearnerStatus.GRADUATED, null), PageRequest.of(0, 10)))
                .isNotEmpty();
        // a Fall 2026 learner has no place in her offerings: not found, whatever the filter
        long fall2026 = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        long stranger =
                jdbc
                        .queryForList("select id from learner where cohort_id = ? order by id", Long.class, fall2026)
                        .stream()
                        .filter(id -> !hers.contains(id))
                        .findFirst()
                        .orElseThrow();
        String email = jdbc.queryForObject("select email from learner where id = ?", String.class, stranger);
        assertThat(learners.roster(new LearnerFilter(email, null, null, null, null), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(learners.roster(new LearnerFilter(null, fall2026, null, null, null), PageRequest.of(0, 500)))
                .extracting(LearnerRow::id)
                .isSubsetOf(hers)
                .doesNotContain(stranger);
        assertThatThrownBy(() -> learners.get(stranger)).isInstanceOf(AccessDeniedException.class);
    }
}
