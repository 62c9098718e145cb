package com.cohortdesk.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deadlines of a cohort and term (or a lead's modules), in due order, and the weights of each offering; {@code clashes}
 * are the deadlines that fall, within their own cohort, in a 7-day window with {@code clashThreshold} or more deadlines
 * ({@link ClashWindows}), soonest first.
 */
public record DeadlineList(
        List<AssessmentRow> rows, List<OfferingWeights> weights, int clashThreshold, List<ClashWindows.Dated> clashes) {

    public DeadlineList {
        rows = List.copyOf(rows);
        weights = List.copyOf(weights);
        clashes = List.copyOf(clashes);
    }

    /** The list with its clashes worked out. */
    public static DeadlineList of(List<AssessmentRow> rows, List<OfferingWeights> weights, int clashThreshold) {
        return new DeadlineList(rows, weights, clashThreshold, clashes(rows, clashThreshold));
    }

    /** The ids of the clashing deadlines. */
    public Set<Long> clashingIds() {
        return clashes.stream().map(ClashWindows.Dated::id).collect(Collectors.toSet());
    }

    /** Clashes are counted within each cohort: two cohorts' deadlines in the same week do not clash. */
    static List<ClashWindows.Dated> clashes(List<AssessmentRow> rows, int threshold) {
        return rows.stream().collect(Collectors.groupingBy(AssessmentRow::cohortId)).values().stream()
                .flatMap(c -> ClashWindows.clashing(
                        c.stream()
                                .map(r -> new ClashWindows.Dated(r.id(), r.due(), r.moduleCode() + " " + r.title()))
                                .toList(),
                        threshold)
                        .stream())
                .sorted(Comparator.comparing(ClashWindows.Dated::due).thenComparing(ClashWindows.Dated::id))
                .toList();
    }
}
