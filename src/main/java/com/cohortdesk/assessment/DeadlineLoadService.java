package com.cohortdesk.assessment;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deadline load of the programme: the cohort × week heat map of a teaching period. */
@Service
public class DeadlineLoadService {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final AssessmentRepository assessments;
    private final ExtensionRepository extensions;
    private final CohortService cohorts;
    private final int clashThreshold;

    DeadlineLoadService(
            AssessmentRepository assessments,
            ExtensionRepository extensions,
            CohortService cohorts,
            @Value("${cohortdesk.assessments.clash-threshold:3}") int clashThreshold) {
        this.assessments = assessments;
        this.extensions = extensions;
        this.cohorts = cohorts;
        this.clashThreshold = clashThreshold;
    }

    /** The teaching periods of the cohorts (term dates, one period per start date), newest first, with the cohorts' terms in them. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<TermPeriod> periods() {
        Map<LocalDate, List<String>> terms = new TreeMap<>(Comparator.reverseOrder());
        Map<LocalDate, LocalDate> ends = new TreeMap<>();
        for (var cohort : cohorts.listCohorts()) {
            for (TermDates term : cohort.terms()) {
                terms.computeIfAbsent(term.startsOn(), d -> new ArrayList<>())
                        .add(cohort.name() + " term " + term.term());
                ends.merge(term.startsOn(), term.endsOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return terms.entrySet().stream()
                .map(e -> new TermPeriod(
                        e.getKey(),
                        ends.get(e.getKey()),
                        MONTH.format(e.getKey()) + " – " + MONTH.format(ends.get(e.getKey())) + ": "
                                + String.join(", ", e.getValue())))
                .toList();
    }

    /** The heat map of the weeks from {@code from} to {@code to} (UK dates, both included), every cohort with deadlines then. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public HeatMap heatMap(LocalDate from, LocalDate to) {
        var weeks = LoadGrid.weeks(from, to);
        // A week before and after, so that clash windows crossing the period's edges are found.
        var start =
                weeks.getFirst().minusWeeks(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
        var end = weeks.getLast().plusWeeks(2).atStartOfDay(ProgrammeTime.ZONE).toInstant();
        var deadlines = assessments.findSourcesDueBetween(start, end);
        if (deadlines.isEmpty()) return new HeatMap(weeks, List.of(), clashThreshold);
        var offeringIds = deadlines.stream().map(ClashSource::offeringId).collect(Collectors.toSet());
        var assessmentIds = deadlines.stream().map(ClashSource::assessmentId).collect(Collectors.toSet());
        return LoadGrid.build(
                weeks,
                deadlines,
                assessments.findPlaces(offeringIds),
                extensions.findOfAssessments(assessmentIds),
                clashThreshold);
    }
}
