package com.cohortdesk.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Clashes: too many deadlines of one cohort in one 7-day window. A window is any 7 days (168 hours)
 * starting at one of the deadlines, so a clash is found wherever the week boundary falls; a deadline
 * at exactly 7 days after the window's start belongs to the next window.
 */
public final class ClashWindows {

    public static final Duration WINDOW = Duration.ofDays(7);

    private ClashWindows() {}

    /** A deadline that counts towards a cohort's load. */
    public record Dated(long id, Instant due, String label) {}

    /** The most deadlines that fall in any one 7-day window. */
    public static int maxInAnyWindow(Collection<Dated> deadlines) {
        var sorted = sorted(deadlines);
        int max = 0;
        for (int i = 0, j = 0; i < sorted.size(); i++) {
            while (j < sorted.size()
                    && inWindow(sorted.get(i).due(), sorted.get(j).due())) j++;
            max = Math.max(max, j - i);
        }
        return max;
    }

    /**
     * The deadlines that are part of a clash: every deadline in a window holding at least
     * {@code threshold} deadlines. In date order.
     */
    public static List<Dated> clashing(Collection<Dated> deadlines, int threshold) {
        var sorted = sorted(deadlines);
        var found = new LinkedHashSet<Dated>();
        for (int i = 0, j = 0; i < sorted.size(); i++) {
            while (j < sorted.size()
                    && inWindow(sorted.get(i).due(), sorted.get(j).due())) j++;
            if (j - i >= threshold) found.addAll(sorted.subList(i, j));
        }
        return sorted(found);
    }

    /**
     * The other deadlines a candidate clashes with: those sharing a 7-day window with it that holds at
     * least {@code threshold} deadlines, the candidate included. Empty when it creates no clash.
     */
    public static List<Dated> clashesWith(Dated candidate, Collection<Dated> others, int threshold) {
        var all = new ArrayList<Dated>(others.stream()
                .filter(o -> o.id() != candidate.id() || candidate.id() == 0)
                .toList());
        all.add(candidate);
        var sorted = sorted(all);
        var found = new LinkedHashSet<Dated>();
        for (int i = 0, j = 0; i < sorted.size(); i++) {
            while (j < sorted.size()
                    && inWindow(sorted.get(i).due(), sorted.get(j).due())) j++;
            var window = sorted.subList(i, j);
            if (window.size() >= threshold && window.contains(candidate)) found.addAll(window);
        }
        found.remove(candidate);
        return sorted(found);
    }

    private static boolean inWindow(Instant start, Instant due) {
        return due.isBefore(start.plus(WINDOW));
    }

    private static List<Dated> sorted(Collection<Dated> deadlines) {
        return deadlines.stream()
                .sorted(Comparator.comparing(Dated::due).thenComparingLong(Dated::id))
                .toList();
    }
}
