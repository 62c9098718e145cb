package com.cohortdesk.demo;

import com.cohortdesk.assessment.AssessmentDraft;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.assessment.AssessmentType;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.assessment.LearnerChoice;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo deadlines (dev profile, after {@link DemoDataSeeder}): every offering gets a realistic mix of
 * assessments whose weights add up to 100 %, dated by week of the cohort's term. Week 8 of term 1
 * (and of term 5) is a clash week on purpose; a few learners of the running terms get extensions.
 */
@Component
@Profile("dev")
@Order(20)
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);
    private static final String LONDON = "Europe/London";

    /** One assessment of a module: in week {@code week} of the term, on {@code day} at {@code time} in {@code zone}. */
    record Planned(
            AssessmentType type, String title, int weight, int week, DayOfWeek day, LocalTime time, String zone) {
        Planned(AssessmentType type, String title, int weight, int week, DayOfWeek day) {
            this(type, title, weight, week, day, LocalTime.NOON, LONDON);
        }
    }

    static final Map<String, List<Planned>> PLANS = Map.ofEntries(
            Map.entry(
                    "MLDS100",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Ethics quiz", 20, 3, DayOfWeek.MONDAY),
                            new Planned(AssessmentType.PEER_REVIEW, "Case study peer review", 30, 8, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.COURSEWORK, "Position essay", 50, 14, DayOfWeek.FRIDAY))),
            Map.entry(
                    "MLDS101",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Quiz 1: probability", 10, 3, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.QUIZ, "Quiz 2: inference", 10, 6, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.COURSEWORK, "Statistics coursework", 30, 8, DayOfWeek.MONDAY),
                            new Planned(
                                    AssessmentType.EXAM,
                                    "Online exam",
                                    50,
                                    15,
                                    DayOfWeek.WEDNESDAY,
                                    LocalTime.of(10, 0),
                                    LONDON))),
            Map.entry(
                    "MLDS102",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Linear algebra quiz", 15, 4, DayOfWeek.FRIDAY),
                            // Set by a visiting lecturer in New York: 07:00 there is 12:00 in London most of the year.
                            new Planned(
                                    AssessmentType.COURSEWORK,
                                    "Optimisation problem set",
                                    35,
                                    8,
                                    DayOfWeek.WEDNESDAY,
                                    LocalTime.of(7, 0),
                                    "America/New_York"),
                            new Planned(
                                    AssessmentType.EXAM,
                                    "Online exam",
                                    50,
                                    16,
                                    DayOfWeek.WEDNESDAY,
                                    LocalTime.of(10, 0),
                                    LONDON))),
            Map.entry(
                    "MLDS103",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Python quiz", 10, 3, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.PEER_REVIEW, "Code review", 20, 7, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.PROJECT, "Data analysis project", 70, 15, DayOfWeek.MONDAY))),
            Map.entry(
                    "MLDS104",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Model selection quiz", 10, 4, DayOfWeek.FRIDAY),
                            new Planned(
                                    AssessmentType.COURSEWORK, "Classification coursework", 40, 9, DayOfWeek.MONDAY),
                            new Planned(
                                    AssessmentType.EXAM,
                                    "Online exam",
                                    50,
                                    16,
                                    DayOfWeek.TUESDAY,
                                    LocalTime.of(10, 0),
                                    LONDON))),
            Map.entry(
                    "MLDS201",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Neural networks quiz", 10, 3, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.COURSEWORK, "CNN coursework", 40, 9, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.PROJECT, "Deep learning project", 50, 15, DayOfWeek.FRIDAY))),
            Map.entry(
                    "MLDS202",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Bayesian quiz", 15, 5, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.PEER_REVIEW, "Model critique", 15, 10, DayOfWeek.FRIDAY),
                            new Planned(
                                    AssessmentType.EXAM,
                                    "Online exam",
                                    70,
                                    16,
                                    DayOfWeek.WEDNESDAY,
                                    LocalTime.of(10, 0),
                                    LONDON))),
            Map.entry(
                    "MLDS203",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Text processing quiz", 10, 4, DayOfWeek.FRIDAY),
                            new Planned(
                                    AssessmentType.COURSEWORK,
                                    "Image classification coursework",
                                    40,
                                    9,
                                    DayOfWeek.MONDAY),
                            new Planned(
                                    AssessmentType.PROJECT, "Unstructured data project", 50, 15, DayOfWeek.FRIDAY))),
            Map.entry(
                    "MLDS204",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Outliers quiz", 20, 5, DayOfWeek.FRIDAY),
                            new Planned(
                                    AssessmentType.COURSEWORK, "Fraud detection coursework", 30, 10, DayOfWeek.MONDAY),
                            new Planned(
                                    AssessmentType.EXAM,
                                    "Online exam",
                                    50,
                                    16,
                                    DayOfWeek.THURSDAY,
                                    LocalTime.of(10, 0),
                                    LONDON))),
            Map.entry(
                    "MLDS301",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Spark quiz", 10, 3, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.COURSEWORK, "PySpark pipeline", 40, 8, DayOfWeek.MONDAY),
                            new Planned(AssessmentType.PROJECT, "Scalable ML project", 50, 14, DayOfWeek.MONDAY))),
            Map.entry(
                    "MLDS302",
                    List.of(
                            new Planned(AssessmentType.QUIZ, "Bandits quiz", 10, 4, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.PEER_REVIEW, "Agent design review", 20, 8, DayOfWeek.WEDNESDAY),
                            new Planned(
                                    AssessmentType.EXAM,
                                    "Online exam",
                                    70,
                                    15,
                                    DayOfWeek.WEDNESDAY,
                                    LocalTime.of(10, 0),
                                    LONDON))),
            Map.entry(
                    "MLDS400",
                    List.of(
                            new Planned(AssessmentType.COURSEWORK, "Research proposal", 10, 4, DayOfWeek.FRIDAY),
                            new Planned(
                                    AssessmentType.PEER_REVIEW, "Draft chapter peer review", 10, 10, DayOfWeek.FRIDAY),
                            new Planned(AssessmentType.PROJECT, "Research portfolio", 80, 16, DayOfWeek.FRIDAY))));

    private final AssessmentService assessments;
    private final ExtensionService extensions;
    private final OfferingService offerings;
    private final CohortService cohorts;

    AssessmentDemoData(
            AssessmentService assessments,
            ExtensionService extensions,
            OfferingService offerings,
            CohortService cohorts) {
        this.assessments = assessments;
        this.extensions = extensions;
        this.offerings = offerings;
        this.cohorts = cohorts;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAdministrator.run(() -> {
            var all = offerings.offerings(null, null);
            if (assessments.countAssessments() == 0 && !all.isEmpty()) {
                long started = System.nanoTime();
                seed(all);
                log.info("Demo deadlines created in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private void seed(List<OfferingRow> all) {
        Map<Long, CohortSummary> cohortsById =
                cohorts.listCohorts(true).stream().collect(Collectors.toMap(CohortSummary::id, Function.identity()));
        var ids = new HashMap<String, Long>(); // "Fall 2026/1/MLDS101/Statistics coursework" → id
        for (var offering : all) {
            var termStart =
                    cohortsById.get(offering.cohortId()).term(offering.term()).startsOn();
            for (var planned : PLANS.get(offering.moduleCode())) {
                var saved = assessments
                        .create(draft(offering.id(), termStart, planned), true)
                        .saved();
                if (saved != null)
                    ids.put(
                            offering.cohortName() + "/" + offering.term() + "/" + offering.moduleCode() + "/"
                                    + planned.title(),
                            saved.id());
            }
        }
        extend(ids.get("Fall 2026/1/MLDS101/Statistics coursework"), 0, 3, 7, "Medical certificate provided");
        extend(
                ids.get("Fall 2026/1/MLDS101/Statistics coursework"),
                0,
                1,
                10,
                "Hospital stay extended; new certificate");
        extend(ids.get("Fall 2026/1/MLDS102/Linear algebra quiz"), 5, 1, 3, "Bereavement");
        extend(ids.get("Fall 2025/4/MLDS203/Image classification coursework"), 2, 2, 14, "Parental leave");
    }

    static AssessmentDraft draft(long offeringId, LocalDate termStart, Planned planned) {
        var dueDay = termStart.plusWeeks(planned.week() - 1).with(TemporalAdjusters.nextOrSame(planned.day()));
        var due = LocalDateTime.of(dueDay, planned.time());
        var release = planned.type() == AssessmentType.QUIZ || planned.type() == AssessmentType.PEER_REVIEW
                ? due.minusWeeks(2).with(LocalTime.of(9, 0))
                : LocalDateTime.of(termStart, LocalTime.of(9, 0));
        if (release.toLocalDate().isBefore(termStart)) release = LocalDateTime.of(termStart, LocalTime.of(9, 0));
        var cutOff = switch (planned.type()) {
            case COURSEWORK, PROJECT -> due.plusDays(2);
            case PEER_REVIEW -> due.plusDays(1);
            case QUIZ, EXAM -> null;
        };
        return new AssessmentDraft(
                offeringId,
                planned.type(),
                planned.title(),
                BigDecimal.valueOf(planned.weight()),
                planned.zone(),
                release,
                due,
                cutOff);
    }

    /** The same extension (by {@code days}, in the assessment's own time of day) for {@code count} learners from {@code skip}. */
    private void extend(Long assessmentId, int skip, int count, int days, String reason) {
        if (assessmentId == null) return; // that term has not started yet on this machine's clock
        var assessment = assessments.get(assessmentId);
        var learners = extensions.candidates(assessmentId).stream()
                .skip(skip)
                .limit(count)
                .map(LearnerChoice::id)
                .collect(Collectors.toSet());
        if (learners.isEmpty()) return;
        var local = assessment.due().atZone(assessment.zone()).toLocalDateTime().plusDays(days);
        extensions.grant(
                new ExtensionDraft(assessmentId, Set.copyOf(learners), assessment.entryZone(), local, null, reason));
    }
}
