package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Deadlines, clash warnings, extensions and effective deadlines on the demo data (rolled back after each test). */
@IntegrationTest
@Transactional
class AssessmentServiceIT {

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExtensionService extensions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long cohort(String name) {
        return jdbc.queryForObject("select id from cohort where name = ?", Long.class, name);
    }

    long offering(String cohort, int term, String module) {
        return jdbc.queryForObject(
                "select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m "
                        + "on m.id = o.module_id where c.name = ? and o.term_no = ? and m.code = ?",
                Long.class,
                cohort,
                term,
                module);
    }

    @Test
    void theDemoDataHasDeadlinesForEveryOfferingWithWeightsOf100AndAClashWeek() {
        signIn("admin");
        long offeringsWithout = jdbc.queryForObject(
                "select count(*) from offering o where not exists "
                        + "(select 1 from assessment a where a.offering_id = o.id)",
                Long.class);
        assertThat(offeringsWithout).isZero();
        var term1 = assessments.deadlines(cohort("Fall 2026"), 1);
        assertThat(term1.weights())
                .hasSize(3)
                .allSatisfy(w -> assertThat(w.check().complete()).isTrue());
        var dues = term1.rows().stream()
                .map(r -> new ClashWindows.Dated(r.id(), r.due(), r.title()))
                .toList();
        assertThat(ClashWindows.maxInAnyWindow(dues)).isEqualTo(3);
        assertThat(term1.rows()).anySatisfy(r -> assertThat(r.entryZone()).isEqualTo("America/New_York"));
        assertThat(jdbc.queryForObject("select count(*) from assessment_extension", Long.class))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aDeadlineThatMakesAClashIsHeldBackNamingTheOthersUntilConfirmed() {
        signIn("admin");
        long offering = offering("Fall 2026", 1, "MLDS101");
        var draft = new AssessmentDraft(
                offering,
                AssessmentType.QUIZ,
                "Extra quiz",
                BigDecimal.ZERO,
                "Europe/London",
                LocalDateTime.parse("2026-11-16T09:00"),
                LocalDateTime.parse("2026-11-24T12:00"),
                null);
        var held = assessments.create(draft, false);
        assertThat(held.needsConfirmation()).isTrue();
        assertThat(held.clashes())
                .hasSize(3)
                .anySatisfy(
                        c -> assertThat(c).startsWith("MLDS101 Statistics coursework, due Mon 23 Nov 2026, 12:00 GMT"))
                .anySatisfy(c -> assertThat(c).startsWith("MLDS100 Case study peer review"));
        long before = assessments.countAssessments();
        assertThat(assessments.countAssessments()).isEqualTo(before);
        var saved = assessments.create(draft, true);
        assertThat(saved.saved()).isNotNull();
        assertThat(assessments.countAssessments()).isEqualTo(before + 1);
        // Moving it to a quiet week needs no confirmation.
        var row = saved.saved();
        var moved = assessments.update(
                row.id(),
                row.version(),
                new AssessmentDraft(
                        offering,
                        AssessmentType.QUIZ,
                        "Extra quiz",
                        BigDecimal.ZERO,
                        "Asia/Kolkata",
                        LocalDateTime.parse("2026-12-01T09:00"),
                        LocalDateTime.parse("2026-12-09T17:30"),
                        null),
                false);
        assertThat(moved.saved().due()).isEqualTo(Instant.parse("2026-12-09T12:00:00Z"));
        assertThat(moved.saved().dueText()).isEqualTo("Wed 9 Dec 2026, 17:30 UTC+05:30 (Asia/Kolkata)");
        assertThatThrownBy(() -> assessments.update(row.id(), row.version(), draft, true))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void anAmbiguousTimeIsRefusedWithTheReason() {
        signIn("admin");
        var draft = new AssessmentDraft(
                offering("Fall 2026", 1, "MLDS101"),
                AssessmentType.QUIZ,
                "Night quiz",
                BigDecimal.ONE,
                "Europe/London",
                LocalDateTime.parse("2026-10-20T09:00"),
                LocalDateTime.parse("2026-10-25T01:30"),
                null);
        assertThatThrownBy(() -> assessments.create(draft, true))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("happens twice in Europe/London");
    }

    @Test
    void extensionsForSeveralLearnersKeepTheirHistoryAndMoveTheirEffectiveDeadlines() {
        signIn("admin");
        long offering = offering("Fall 2026", 1, "MLDS102");
        var quiz = assessments.deadlines(cohort("Fall 2026"), 1).rows().stream()
                .filter(r -> r.offeringId() == offering && r.title().equals("Linear algebra quiz"))
                .findFirst()
                .orElseThrow();
        var learners = extensions.candidates(quiz.id()).stream()
                .limit(2)
                .map(LearnerChoice::id)
                .toList();
        int before = extensions.history(quiz.id()).size();
        int granted = extensions.grant(new ExtensionDraft(
                quiz.id(),
                Set.copyOf(learners),
                "Asia/Kolkata",
                LocalDateTime.parse("2026-11-06T17:30"),
                null,
                "Internet outage"));
        assertThat(granted).isEqualTo(2);
        extensions.grant(new ExtensionDraft(
                quiz.id(),
                Set.of(learners.getFirst()),
                "Europe/London",
                LocalDateTime.parse("2026-11-09T12:00"),
                null,
                "Outage lasted longer"));
        var history = extensions.history(quiz.id());
        assertThat(history).hasSize(before + 3);
        assertThat(history.getFirst().reason()).isEqualTo("Outage lasted longer");
        assertThat(history.getFirst().approvedBy()).isEqualTo("admin");
        var first = extensions.learnerDeadlines(learners.getFirst()).stream()
                .filter(d -> d.assessment().id() == quiz.id())
                .findFirst()
                .orElseThrow();
        assertThat(first.effective().due()).isEqualTo(Instant.parse("2026-11-09T12:00:00Z"));
        assertThat(first.dueInLondon()).isEqualTo("Mon 9 Nov 2026, 12:00 GMT (Europe/London)");
        assertThat(first.extensionNote()).contains("Outage lasted longer").contains("approved by admin");
        var second = extensions.learnerDeadlines(learners.get(1)).stream()
                .filter(d -> d.assessment().id() == quiz.id())
                .findFirst()
                .orElseThrow();
        assertThat(second.effective().due()).isEqualTo(Instant.parse("2026-11-06T12:00:00Z"));
    }

    @Test
    void extensionsAreRefusedWhenEarlierOrForLearnersWithoutAPlace() {
        signIn("admin");
        var rows = assessments.deadlines(cohort("Fall 2026"), 1).rows();
        var quiz = rows.getFirst();
        long stranger = jdbc.queryForObject(
                "select min(l.id) from learner l join cohort c on c.id = l.cohort_id where c.name = 'Fall 2023'",
                Long.class);
        assertThatThrownBy(() -> extensions.grant(new ExtensionDraft(
                        quiz.id(),
                        Set.of(stranger),
                        "Europe/London",
                        LocalDateTime.parse("2026-01-01T12:00"),
                        null,
                        "")))
                .hasMessageContaining("later than the assessment's own")
                .hasMessageContaining("Give the reason")
                .hasMessageContaining("1 of the chosen learners hold no place");
        assertThatThrownBy(() -> extensions.grant(new ExtensionDraft(
                        quiz.id(), Set.of(), "Europe/London", LocalDateTime.parse("2027-03-28T01:30"), null, "x")))
                .hasMessageContaining("Choose at least one learner")
                .hasMessageContaining("does not exist in Europe/London");
    }

    @Test
    void facultySeeOnlyTheirModulesDeadlinesAndExtensions() {
        signIn("ada");
        var mine = assessments.deadlines(null, null);
        assertThat(mine.rows()).isNotEmpty();
        var staffId = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
        var led =
                jdbc.queryForList("select offering_id from offering_lead where staff_user_id = ?", Long.class, staffId);
        assertThat(mine.rows()).allSatisfy(r -> assertThat(led).contains(r.offeringId()));
        long other = jdbc.queryForObject(
                "select min(a.id) from assessment a where a.offering_id not in "
                        + "(select offering_id from offering_lead where staff_user_id = ?)",
                Long.class,
                staffId);
        assertThatThrownBy(() -> extensions.history(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.get(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(extensions.history(mine.rows().getFirst().id())).isNotNull();
    }
}
