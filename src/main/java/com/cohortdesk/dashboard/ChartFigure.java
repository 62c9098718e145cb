package com.cohortdesk.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart as figures, independent of how it is drawn: the categories along the x axis ({@code labels}) and one
 * series per bar colour or line. A value may be null (no figure, e.g. a week without sessions); {@code notes}, when
 * not empty, hold one detail per point (what hovering shows, e.g. the marks behind a rate).
 */
public record ChartFigure(
        String id,
        String title,
        String description,
        Kind kind,
        String xTitle,
        String yTitle,
        List<String> labels,
        List<Series> series) {

    public enum Kind {
        STACKED_BAR,
        BAR,
        LINE
    }

    public record Series(String name, List<@Nullable Double> values, List<String> notes) {

        public Series(String name, List<@Nullable Double> values) {
            this(name, values, List.of());
        }
    }

    /** Whether there is any figure to draw. */
    public boolean empty() {
        return labels.isEmpty()
                || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }
}
