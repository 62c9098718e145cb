package com.cohortdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortStatus;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.NewLearner;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Times the heat map of one cohort-term with 500 learners and 40 deadlines (rolled back afterwards). */
@IntegrationTest
@Transactional
class HeatMapTimingIT {

    static final List<String> ZONES = List.of(
            "Europe/London",
            "Asia/Kolkata",
            "America/St_Johns",
            "Pacific/Auckland",
            "Pacific/Kiritimati",
            "Pacific/Pago_Pago",
            "America/New_York");

    @Autowired
    UserDetailsService users;

    @Autowired
    CohortService cohorts;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    OfferingService offerings;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExtensionService extensions;

    @Autowired
    DeadlineLoadService load;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void heatMapOfACohortTermWith500LearnersAnd40Deadlines() {
        var user = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var terms = TermCalendar.propose(2030);
        var cohort = cohorts.create("Load 2030", 2030, CohortStatus.PLANNED, terms);
        var batch = new ArrayList<NewLearner>();
        for (int i = 0; i < 500; i++) {
            batch.add(new NewLearner(
                    cohort.id(),
                    "Load Learner " + i,
                    "load." + i + "@learners.example.org",
                    "GB",
                    ZoneId.of(ZONES.get(i % ZONES.size())),
                    LearnerStatus.ACTIVE));
        }
        learners.addAll(batch);
        enrollments.enrolCohortIntoTerm(cohort.id(), 1);
        var offeringIds =
                offerings.offerings(cohort.id(), 1).stream().map(o -> o.id()).toList();
        var start = terms.getFirst().startsOn();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 40; i++) {
            var due = LocalDateTime.of(start.plusDays(3 + i * 111 / 40), LocalTime.NOON);
            var saved = assessments
                    .create(
                            new AssessmentDraft(
                                    offeringIds.get(i % offeringIds.size()),
                                    AssessmentType.QUIZ,
                                    "Load " + i,
                                    BigDecimal.ONE,
                                    "Europe/London",
                                    due.minusDays(3),
                                    due,
                                    null),
                            true)
                    .saved();
            ids.add(saved.id());
        }
        for (int i = 0; i < 10; i++) {
            var candidates = extensions.candidates(ids.get(i * 4)).stream()
                    .limit(10)
                    .map(LearnerChoice::id)
                    .toList();
            var row = assessments.get(ids.get(i * 4));
            extensions.grant(new ExtensionDraft(
                    row.id(),
                    Set.copyOf(candidates),
                    "Europe/London",
                    LocalDateTime.ofInstant(row.due(), ZoneId.of("Europe/London"))
                            .plusDays(5),
                    null,
                    "Load test"));
        }
        var term = terms.getFirst();
        for (int i = 0; i < 5; i++) load.heatMap(term.startsOn(), term.endsOn()); // warm-up
        long[] millis = new long[20];
        HeatMap heat = null;
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            heat = load.heatMap(term.startsOn(), term.endsOn());
            millis[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "Heat map, 1 cohort-term, 500 learners, 40 deadlines, 100 extensions: median %.1f ms, min %.1f ms, max %.1f ms%n",
                millis[millis.length / 2] / 1000.0, millis[0] / 1000.0, millis[millis.length - 1] / 1000.0);
        var row = heat.rows().stream()
                .filter(r -> r.cohortName().equals("Load 2030"))
                .findFirst()
                .orElseThrow();
        assertThat(row.cells().stream().mapToInt(HeatMap.Cell::count).sum()).isEqualTo(40);
        assertThat(row.cells()).anyMatch(HeatMap.Cell::clash);
        assertThat(row.cells().stream()
                        .mapToInt(HeatMap.Cell::overloadedLearners)
                        .max()
                        .orElse(0))
                .isGreaterThan(400);
        assertThat(millis[millis.length / 2]).as("median microseconds").isLessThan(2_000_000);
    }
}
