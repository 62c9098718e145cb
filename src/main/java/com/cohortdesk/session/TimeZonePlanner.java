package com.cohortdesk.session;

import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.shared.ProgrammeTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weighs a weekly slot (a weekday and a UK time, Europe/London) against where an offering's learners
 * live: for every week of the term, whether it falls between 08:00 and 21:00 in each learner's zone.
 * Every week is evaluated, so clock changes in the UK or in a learner's zone during the term count.
 * Learners are weighed per zone, so the work grows with the zones, not the learners.
 */
public final class TimeZonePlanner {

    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(21, 0);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK);

    /** A weekly slot in UK time. */
    public record Slot(DayOfWeek day, LocalTime time, Duration duration) {

        public String label() {
            return day.getDisplayName(TextStyle.SHORT, Locale.UK) + " " + time + " UK";
        }
    }

    /**
     * How the slot falls in one zone: the local day and time in the term's first week and any other
     * local times later in the term (after a clock change), and in how many weeks it is within 08:00-21:00.
     */
    public record ZoneFit(
            ZoneId zone, int learners, String localTime, List<String> laterLocalTimes, int suitableWeeks, int weeks) {

        public boolean alwaysSuitable() {
            return suitableWeeks == weeks;
        }

        /** "Wed 18:00", or "Wed 18:00 (Wed 19:00 in some weeks)". */
        public String describe() {
            return laterLocalTimes.isEmpty()
                    ? localTime
                    : localTime + " (" + String.join(", ", laterLocalTimes) + " in some weeks)";
        }
    }

    /** A slot's result: the share of learner-weeks within 08:00-21:00 local, and the fit per zone. */
    public record Evaluation(Slot slot, double share, List<ZoneFit> zones) {

        public int percent() {
            return (int) Math.round(share * 100);
        }
    }

    private TimeZonePlanner() {}

    public static Evaluation evaluate(Slot slot, Map<ZoneId, Integer> learnersByZone, TermDates term) {
        var starts = weeklyStarts(slot, term);
        var fits = new ArrayList<ZoneFit>();
        long suitable = 0;
        long total = 0;
        for (var entry : learnersByZone.entrySet()) {
            var fit = fit(entry.getKey(), entry.getValue(), starts, slot.duration());
            fits.add(fit);
            suitable += (long) fit.suitableWeeks() * fit.learners();
            total += (long) fit.weeks() * fit.learners();
        }
        fits.sort(Comparator.comparing((ZoneFit f) -> f.suitableWeeks() * 1.0 / Math.max(1, f.weeks()))
                .thenComparing(f -> -f.learners())
                .thenComparing(f -> f.zone().getId()));
        return new Evaluation(slot, total == 0 ? 0 : suitable / (double) total, fits);
    }

    /** The best {@code count} slots of the given length, starting on every hour of every day of the week (UK time). */
    public static List<Evaluation> best(
            Map<ZoneId, Integer> learnersByZone, TermDates term, Duration duration, int count) {
        record Candidate(Slot slot, double share) {}
        var candidates = new ArrayList<Candidate>();
        for (var day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                var slot = new Slot(day, LocalTime.of(hour, 0), duration);
                candidates.add(new Candidate(slot, share(slot, learnersByZone, term)));
            }
        }
        // Stable sort: ties keep the earlier slot of the week.
        candidates.sort(Comparator.comparingDouble(Candidate::share).reversed());
        return candidates.stream()
                .limit(count)
                .map(c -> evaluate(c.slot(), learnersByZone, term))
                .toList();
    }

    /** The share alone, without the local times: what the search weighs 168 times. */
    static double share(Slot slot, Map<ZoneId, Integer> learnersByZone, TermDates term) {
        var starts =
                weeklyStarts(slot, term).stream().map(ZonedDateTime::toInstant).toList();
        long suitable = 0;
        long total = 0;
        for (var entry : learnersByZone.entrySet()) {
            int weeks = 0;
            for (var start : starts) {
                if (suitable(start, slot.duration(), entry.getKey())) weeks++;
            }
            suitable += (long) weeks * entry.getValue();
            total += (long) starts.size() * entry.getValue();
        }
        return total == 0 ? 0 : suitable / (double) total;
    }

    /** The slot's start in each week of the term (the first on or after the term's first day, to its last day). */
    static List<ZonedDateTime> weeklyStarts(Slot slot, TermDates term) {
        var starts = new ArrayList<ZonedDateTime>();
        for (LocalDate day = term.startsOn().with(TemporalAdjusters.nextOrSame(slot.day()));
                !day.isAfter(term.endsOn());
                day = day.plusWeeks(1)) {
            starts.add(day.atTime(slot.time()).atZone(ProgrammeTime.ZONE));
        }
        return starts;
    }

    static boolean suitable(Instant start, Duration duration, ZoneId zone) {
        var localStart = LocalDateTime.ofInstant(start, zone);
        if (localStart.toLocalTime().isBefore(EARLIEST)) return false;
        var localEnd = LocalDateTime.ofInstant(start.plus(duration), zone);
        return localEnd.toLocalDate().equals(localStart.toLocalDate())
                && !localEnd.toLocalTime().isAfter(LATEST);
    }

    private static ZoneFit fit(ZoneId zone, int learners, List<ZonedDateTime> starts, Duration duration) {
        int suitable = 0;
        var localTimes = new LinkedHashSet<String>();
        for (var start : starts) {
            if (suitable(start.toInstant(), duration, zone)) suitable++;
            localTimes.add(LOCAL.format(start.withZoneSameInstant(zone)));
        }
        var times = new ArrayList<>(localTimes);
        var first = times.isEmpty() ? "" : times.removeFirst();
        return new ZoneFit(zone, learners, first, times, suitable, starts.size());
    }
}
