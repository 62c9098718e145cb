package com.cohortdesk.assessment;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the heat map from plain data: deadlines, places and extensions. Weeks run Monday 00:00 to
 * Monday 00:00 in UK time, so a week is 167 or 169 hours when the clocks change in it.
 */
final class LoadGrid {

    private LoadGrid() {}

    /** The Mondays of the weeks that touch the period. */
    static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        var weeks = new ArrayList<LocalDate>();
        for (var monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        return weeks;
    }

    static LocalDate weekOf(Instant instant) {
        return instant.atZone(ProgrammeTime.ZONE)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static HeatMap build(
            List<LocalDate> weeks,
            Collection<ClashSource> deadlines,
            Collection<Place> places,
            Collection<LearnerExtension> extensions,
            int threshold) {
        var byCohort = deadlines.stream().collect(Collectors.groupingBy(ClashSource::cohortId));
        var learnersByOffering = places.stream()
                .collect(Collectors.groupingBy(
                        Place::offeringId, Collectors.mapping(Place::learnerId, Collectors.toList())));
        var extensionsByLearner = extensions.stream()
                .collect(Collectors.groupingBy(
                        LearnerExtension::learnerId, Collectors.mapping(LearnerExtension::grant, Collectors.toList())));
        var rows = new ArrayList<HeatMap.Row>();
        for (var cohortDeadlines : byCohort.values()) {
            var first = cohortDeadlines.getFirst();
            var clashing =
                    ClashWindows.clashing(
                                    cohortDeadlines.stream()
                                            .map(ClashSource::dated)
                                            .toList(),
                                    threshold)
                            .stream()
                            .map(ClashWindows.Dated::id)
                            .collect(Collectors.toSet());
            var overloaded = overloadedLearners(cohortDeadlines, learnersByOffering, extensionsByLearner, threshold);
            var cells = new ArrayList<HeatMap.Cell>();
            for (var week : weeks) {
                var due = cohortDeadlines.stream()
                        .filter(d -> weekOf(d.due()).equals(week))
                        .sorted(Comparator.comparing(ClashSource::due))
                        .toList();
                cells.add(new HeatMap.Cell(
                        week,
                        due.stream().map(d -> d.dated().label()).toList(),
                        due.stream().anyMatch(d -> clashing.contains(d.assessmentId())),
                        overloaded.getOrDefault(week, 0)));
            }
            rows.add(new HeatMap.Row(first.cohortId(), first.cohortName(), cells));
        }
        rows.sort(Comparator.comparing(HeatMap.Row::cohortName).reversed());
        return new HeatMap(weeks, rows, threshold);
    }

    /** Per week: how many learners have {@code threshold} or more effective deadlines in it. */
    private static Map<LocalDate, Integer> overloadedLearners(
            List<ClashSource> deadlines,
            Map<Long, List<Long>> learnersByOffering,
            Map<Long, List<ExtensionGrant>> extensionsByLearner,
            int threshold) {
        var deadlinesByLearner = new HashMap<Long, List<Deadline>>();
        for (var source : deadlines) {
            for (var learner : learnersByOffering.getOrDefault(source.offeringId(), List.of())) {
                deadlinesByLearner
                        .computeIfAbsent(learner, l -> new ArrayList<>())
                        .add(new Deadline(source.assessmentId(), source.due(), null));
            }
        }
        var result = new HashMap<LocalDate, Integer>();
        for (var entry : deadlinesByLearner.entrySet()) {
            var effective = EffectiveDeadlines.of(
                    entry.getValue(), extensionsByLearner.getOrDefault(entry.getKey(), List.of()));
            var perWeek =
                    effective.stream().collect(Collectors.groupingBy(e -> weekOf(e.due()), Collectors.counting()));
            var counted = new HashSet<LocalDate>();
            perWeek.forEach((week, count) -> {
                if (count >= threshold && counted.add(week)) result.merge(week, 1, Integer::sum);
            });
        }
        return result;
    }
}
