package com.cohortdesk.dashboard;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Turns the charts' query rows into figures: weeks, UTC offsets, rates. Plain rules, unit-tested. */
final class Charts {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final List<String> STATUSES = List.of("ACTIVE", "INTERRUPTED", "WITHDRAWN", "GRADUATED");

    private Charts() {}

    static ChartFigure learnersByStatus(List<ChartQueries.CohortStatusCount> rows) {
        var cohorts = new ArrayList<String>();
        rows.forEach(r -> {
            if (!cohorts.contains(r.cohort())) cohorts.add(r.cohort());
        });
        var series = new ArrayList<ChartFigure.Series>();
        for (var status : STATUSES) {
            var values = new ArrayList<@Nullable Double>();
            for (var cohort : cohorts) {
                values.add((double) rows.stream()
                        .filter(r -> r.cohort().equals(cohort) && r.status().equals(status))
                        .mapToLong(ChartQueries.CohortStatusCount::count)
                        .sum());
            }
            series.add(new ChartFigure.Series(
                    status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT), values));
        }
        return new ChartFigure(
                "learners-by-status",
                "Learners per cohort by status",
                "How many learners each cohort has, split into active, interrupted, withdrawn and graduated.",
                ChartFigure.Kind.STACKED_BAR,
                "Cohort",
                "Learners",
                cohorts,
                series);
    }

    /** The week of a term an instant falls in (1 = the week the term starts), in the programme zone. */
    static int weekOfTerm(LocalDate termStart, Instant at) {
        var day = LocalDate.ofInstant(at, ProgrammeTime.ZONE);
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(termStart, day), 7) + 1;
    }

    /** The Monday (programme zone) of the week an instant falls in. */
    static LocalDate monday(Instant at) {
        return LocalDate.ofInstant(at, ProgrammeTime.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private record Marks(long present, long late, long excused, long absent) {
        Marks plus(ChartQueries.OccurrenceMarks m) {
            return new Marks(present + m.present(), late + m.late(), excused + m.excused(), absent + m.absent());
        }

        /** Attended (present or late) of those expected (not excused), in percent; null when nobody was expected. */
        @Nullable
        Double rate() {
            long expected = present + late + absent;
            return expected == 0 ? null : Math.round(1000.0 * (present + late) / expected) / 10.0;
        }

        String note() {
            return "present " + present + ", late " + late + ", excused " + excused + ", absent " + absent;
        }
    }

    private static final Marks NONE = new Marks(0, 0, 0, 0);

    /** Lines: one per module (and cohort), the attendance rate per week of the term. */
    static ChartFigure attendanceByModuleAndWeek(List<ChartQueries.OccurrenceMarks> rows, boolean oneCohort) {
        var byLine = new LinkedHashMap<String, TreeMap<Integer, Marks>>();
        int lastWeek = 0;
        for (var row : rows) {
            int week = weekOfTerm(row.termStart(), row.start());
            if (week < 1) continue;
            lastWeek = Math.max(lastWeek, week);
            var line = oneCohort ? row.module() : row.cohort() + " " + row.module();
            byLine.computeIfAbsent(line, k -> new TreeMap<>()).merge(week, NONE.plus(row), (a, b) -> a.plus(row));
        }
        var labels = new ArrayList<String>();
        for (int w = 1; w <= lastWeek; w++) labels.add("Week " + w);
        var series = new ArrayList<ChartFigure.Series>();
        int weeks = lastWeek;
        byLine.forEach((line, perWeek) -> {
            var values = new ArrayList<@Nullable Double>();
            var notes = new ArrayList<String>();
            for (int w = 1; w <= weeks; w++) {
                var marks = perWeek.get(w);
                values.add(marks == null ? null : marks.rate());
                notes.add(marks == null ? "no session marked" : marks.note());
            }
            series.add(new ChartFigure.Series(line, values, notes));
        });
        return new ChartFigure(
                "attendance-by-module",
                "Attendance per module and week",
                "The share of expected learners (excused ones left out) who came, present or late, to each module's live sessions "
                        + "in each week of the terms running now.",
                ChartFigure.Kind.LINE,
                "Week of the term",
                "Attendance (%)",
                labels,
                series);
    }

    /** One line: attendance rate of the offerings someone leads per week (Mondays), over the weeks given. */
    static ChartFigure attendanceByWeek(List<ChartQueries.OccurrenceMarks> rows, List<LocalDate> mondays) {
        var perWeek = new TreeMap<LocalDate, Marks>();
        for (var row : rows) perWeek.merge(monday(row.start()), NONE.plus(row), (a, b) -> a.plus(row));
        var values = new ArrayList<@Nullable Double>();
        var notes = new ArrayList<String>();
        for (var week : mondays) {
            var marks = perWeek.get(week);
            values.add(marks == null ? null : marks.rate());
            notes.add(marks == null ? "no session marked" : marks.note());
        }
        return new ChartFigure(
                "my-attendance",
                "Attendance of your offerings",
                "The share of expected learners (excused ones left out) who came to the live sessions of the offerings you lead, "
                        + "week by week over the last 6 weeks.",
                ChartFigure.Kind.LINE,
                "Week of",
                "Attendance (%)",
                mondays.stream().map(WEEK::format).toList(),
                List.of(new ChartFigure.Series("Attendance", values, notes)));
    }

    /** Bars: deadlines per cohort per calendar week (Mondays) across the terms running now. */
    static ChartFigure deadlinesPerWeek(List<ChartQueries.CohortDue> rows) {
        var weeks = new TreeSet<LocalDate>();
        var counts = new LinkedHashMap<String, Map<LocalDate, Long>>();
        for (var row : rows) {
            var week = monday(row.due());
            weeks.add(week);
            counts.computeIfAbsent(row.cohort(), k -> new TreeMap<>()).merge(week, 1L, Long::sum);
        }
        var allWeeks = new ArrayList<LocalDate>();
        if (!weeks.isEmpty()) {
            for (var w = weeks.first(); !w.isAfter(weeks.last()); w = w.plusWeeks(1)) allWeeks.add(w);
        }
        var series = new ArrayList<ChartFigure.Series>();
        counts.forEach((cohort, perWeek) -> series.add(new ChartFigure.Series(
                cohort,
                allWeeks.stream()
                        .map(w -> (@Nullable Double) (double) perWeek.getOrDefault(w, 0L))
                        .toList())));
        return new ChartFigure(
                "deadlines-per-week",
                "Deadlines per cohort per week",
                "How many deadlines each cohort has in each week (from Monday, UK time) of the terms running now; the heat map "
                        + "shows the learners behind them.",
                ChartFigure.Kind.BAR,
                "Week of",
                "Deadlines",
                allWeeks.stream().map(WEEK::format).toList(),
                series);
    }

    /** "UTC", "UTC+5:30", "UTC−3". */
    static String offsetLabel(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) return "UTC";
        int abs = Math.abs(seconds);
        return "UTC" + (seconds < 0 ? "−" : "+") + abs / 3600
                + (abs % 3600 == 0 ? "" : String.format(Locale.ROOT, ":%02d", abs % 3600 / 60));
    }

    /** Histogram: active learners by the UTC offset of their home zone at {@code now}, west to east. */
    static ChartFigure learnersByOffset(Collection<ChartQueries.ZoneCount> rows, Instant now) {
        var counts = new TreeMap<Integer, Long>();
        for (var row : rows) {
            var zone = ProgrammeTime.parseZone(row.zone()).orElse(null);
            if (zone == null) continue;
            counts.merge(offset(zone, now).getTotalSeconds(), row.count(), Long::sum);
        }
        var labels = counts.keySet().stream()
                .map(s -> offsetLabel(ZoneOffset.ofTotalSeconds(s)))
                .toList();
        var values =
                counts.values().stream().map(c -> (@Nullable Double) (double) c).toList();
        return new ChartFigure(
                "learners-by-offset",
                "Learners by UTC offset now",
                "Active learners by their home zone's offset from UTC at this moment (daylight saving included), to plan "
                        + "sessions at sociable hours.",
                ChartFigure.Kind.BAR,
                "UTC offset now",
                "Active learners",
                labels,
                List.of(new ChartFigure.Series("Active learners", values)));
    }

    private static ZoneOffset offset(ZoneId zone, Instant now) {
        return zone.getRules().getOffset(now);
    }

    /** Grouped bars: places per module, one bar per active cohort. */
    static ChartFigure placesPerModule(List<ChartQueries.CohortModuleCount> rows) {
        var modules = new TreeSet<String>();
        var byCohort = new LinkedHashMap<String, Map<String, Long>>();
        for (var row : rows) {
            modules.add(row.module());
            byCohort.computeIfAbsent(row.cohort(), k -> new TreeMap<>()).put(row.module(), row.count());
        }
        var series = new ArrayList<ChartFigure.Series>();
        byCohort.forEach((cohort, perModule) -> series.add(new ChartFigure.Series(
                cohort,
                modules.stream()
                        .map(m -> (@Nullable Double) (double) perModule.getOrDefault(m, 0L))
                        .toList())));
        return new ChartFigure(
                "places-per-module",
                "Enrolments per module for each active cohort",
                "How many places (withdrawn ones left out) each active cohort holds in each module so far.",
                ChartFigure.Kind.BAR,
                "Module",
                "Places",
                List.copyOf(modules),
                series);
    }
}
