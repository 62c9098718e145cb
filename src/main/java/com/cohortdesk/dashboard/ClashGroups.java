package com.cohortdesk.dashboard;

import com.cohortdesk.assessment.ClashWindows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Groups a cohort's clashing deadlines ({@link ClashWindows#clashing}) into clashes: deadlines less than 7 days
 * after the previous one belong to the same clash. Only clashes with a deadline at or after {@code from} count.
 */
final class ClashGroups {

    private ClashGroups() {}

    static List<List<ClashWindows.Dated>> of(Collection<ClashWindows.Dated> deadlines, int threshold, Instant from) {
        var groups = new ArrayList<List<ClashWindows.Dated>>();
        List<ClashWindows.Dated> current = null;
        for (var deadline : ClashWindows.clashing(deadlines, threshold)) {
            if (current == null
                    || !deadline.due().isBefore(current.getLast().due().plus(ClashWindows.WINDOW))) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(deadline);
        }
        return groups.stream()
                .filter(g -> !g.getLast().due().isBefore(from))
                .map(List::copyOf)
                .toList();
    }
}
