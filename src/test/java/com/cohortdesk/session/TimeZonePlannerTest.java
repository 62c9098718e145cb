package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.session.TimeZonePlanner.Slot;
import com.cohortdesk.session.TimeZonePlanner.ZoneFit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TimeZonePlannerTest {

    /** Eight Wednesdays, 7 October to 25 November 2026: the UK changes on 25 October, the US on 1 November. */
    private static final TermDates AUTUMN = new TermDates(1, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 29));

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    private static ZoneFit fit(TimeZonePlanner.Evaluation evaluation, ZoneId zone) {
        return evaluation.zones().stream()
                .filter(f -> f.zone().equals(zone))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyWeekOfTheTermCountsWithEachZonesClockChanges() {
        var learners = Map.of(LONDON, 1, LOS_ANGELES, 1, KOLKATA, 1, AUCKLAND, 1);
        var result = TimeZonePlanner.evaluate(
                new Slot(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), Duration.ofHours(1)), learners, AUTUMN);
        assertThat(fit(result, LONDON).describe()).isEqualTo("Wed 18:00");
        assertThat(fit(result, LONDON).suitableWeeks()).isEqualTo(8);
        // Los Angeles: 10:00 (both on summer time), 11:00 in the week between the UK's and the US's change, then 10:00
        assertThat(fit(result, LOS_ANGELES).describe()).isEqualTo("Wed 10:00 (Wed 11:00 in some weeks)");
        assertThat(fit(result, LOS_ANGELES).alwaysSuitable()).isTrue();
        assertThat(fit(result, KOLKATA).describe()).isEqualTo("Wed 22:30 (Wed 23:30 in some weeks)");
        assertThat(fit(result, KOLKATA).suitableWeeks()).isZero();
        assertThat(fit(result, AUCKLAND).describe()).isEqualTo("Thu 06:00 (Thu 07:00 in some weeks)");
        assertThat(result.share()).isEqualTo(0.5);
        assertThat(result.percent()).isEqualTo(50);
        assertThat(fit(result, LONDON).weeks()).isEqualTo(8);
    }

    @Test
    void aSlotCanSuitOnlyTheWeeksBeforeAClockChange() {
        // 15:30 UK: 20:00-21:00 in Kolkata while the UK is on summer time, 21:00-22:00 after 25 October
        var result = TimeZonePlanner.evaluate(
                new Slot(DayOfWeek.WEDNESDAY, LocalTime.of(15, 30), Duration.ofHours(1)), Map.of(KOLKATA, 3), AUTUMN);
        assertThat(fit(result, KOLKATA).suitableWeeks()).isEqualTo(3);
        assertThat(fit(result, KOLKATA).describe()).isEqualTo("Wed 20:00 (Wed 21:00 in some weeks)");
        assertThat(result.share()).isEqualTo(3 / 8.0);
    }

    @Test
    void theBestSlotsSuitLondonAndAucklandTogether() {
        var best = TimeZonePlanner.best(Map.of(LONDON, 10, AUCKLAND, 10), AUTUMN, Duration.ofHours(1), 3);
        assertThat(best)
                .extracting(e -> e.slot().label())
                .containsExactly("Mon 20:00 UK", "Tue 20:00 UK", "Wed 20:00 UK");
        assertThat(best).allSatisfy(e -> assertThat(e.share()).isEqualTo(1.0));
        assertThat(fit(best.getFirst(), AUCKLAND).describe()).isEqualTo("Tue 08:00 (Tue 09:00 in some weeks)");
    }

    @Test
    void noLearnersMeansNothingToWeigh() {
        var result = TimeZonePlanner.evaluate(
                new Slot(DayOfWeek.MONDAY, LocalTime.of(9, 0), Duration.ofHours(1)), Map.of(), AUTUMN);
        assertThat(result.share()).isZero();
        assertThat(result.zones()).isEmpty();
    }

    @Test
    void fiveHundredLearnersInFiveHundredZonesAreWeighedQuickly() {
        var zones = new TreeSet<>(ZoneId.getAvailableZoneIds())
                .stream()
                        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                        .map(ZoneId::of)
                        .toList();
        var learners = new LinkedHashMap<ZoneId, Integer>();
        for (int i = 0; i < 500; i++) learners.merge(zones.get(i % zones.size()), 1, Integer::sum);
        var term = new TermDates(1, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 20));
        TimeZonePlanner.best(learners, term, Duration.ofHours(1), 3); // warm-up
        long started = System.nanoTime();
        var best = TimeZonePlanner.best(learners, term, Duration.ofHours(1), 3);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "Planner: 168 weekly slots x %d weeks for 500 learners in %d zones: %d ms%n",
                TimeZonePlanner.weeklyStarts(best.getFirst().slot(), term).size(), learners.size(), millis);
        assertThat(best).hasSize(3);
        assertThat(millis).isLessThan(10_000);
    }
}
