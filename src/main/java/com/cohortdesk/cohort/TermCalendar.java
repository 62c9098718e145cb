package com.cohortdesk.cohort;

import com.cohortdesk.programme.ProgrammeSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's term calendar. Induction is in September; each academic year then has three terms
 * of 16 weeks, starting on the first Monday on or after 1 October, 1 February and 1 June.
 */
public final class TermCalendar {

    static final int TERM_WEEKS = 16;
    private static final int[][] TERM_START_MONTH = {{10, 0}, {2, 1}, {6, 1}}; // month, years after intake year

    private TermCalendar() {}

    /** The six proposed terms of the cohort that starts in September of {@code intakeYear}. */
    public static List<TermDates> propose(int intakeYear) {
        var terms = new ArrayList<TermDates>();
        for (int term = 1; term <= ProgrammeSchedule.TERMS; term++) {
            int studyYear = (term - 1) / ProgrammeSchedule.TERMS_PER_YEAR;
            var startMonth = TERM_START_MONTH[(term - 1) % ProgrammeSchedule.TERMS_PER_YEAR];
            var first = LocalDate.of(intakeYear + studyYear + startMonth[1], startMonth[0], 1);
            var start = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            terms.add(new TermDates(term, start, start.plusWeeks(TERM_WEEKS).minusDays(1)));
        }
        return terms;
    }

    /** Problems with a set of term dates, in words; empty when the six terms are complete, ordered and apart. */
    public static List<String> check(List<TermDates> terms) {
        var problems = new ArrayList<String>();
        if (terms.size() != ProgrammeSchedule.TERMS) {
            problems.add("A cohort has " + ProgrammeSchedule.TERMS + " terms, but " + terms.size() + " are given.");
        }
        for (int i = 0; i < terms.size(); i++) {
            var t = terms.get(i);
            if (t.term() != i + 1) {
                problems.add("Terms must be numbered 1 to 6 in order; position " + (i + 1) + " holds term " + t.term()
                        + ".");
            }
            if (!t.endsOn().isAfter(t.startsOn())) {
                problems.add("Term " + t.term() + " ends on " + t.endsOn() + ", which is not after its start "
                        + t.startsOn() + ".");
            }
            if (i > 0) {
                var previous = terms.get(i - 1);
                if (!t.startsOn().isAfter(previous.endsOn())) {
                    problems.add("Term " + t.term() + " starts on " + t.startsOn() + ", before term " + previous.term()
                            + " has ended (" + previous.endsOn() + "); terms must not overlap.");
                }
            }
        }
        return problems;
    }

    /** The status a cohort with these terms has on a given day. */
    public static CohortStatus statusOn(List<TermDates> terms, LocalDate day) {
        if (day.isBefore(terms.getFirst().startsOn().withDayOfMonth(1).minusMonths(1))) return CohortStatus.PLANNED;
        if (day.isAfter(terms.getLast().endsOn())) return CohortStatus.COMPLETED;
        return CohortStatus.ACTIVE;
    }

    /**
     * The term running on a given day or, between terms, the next one; 0 once the last term has ended.
     */
    public static int currentOrNextTerm(List<TermDates> terms, LocalDate day) {
        return terms.stream()
                .filter(t -> !day.isAfter(t.endsOn()))
                .mapToInt(TermDates::term)
                .findFirst()
                .orElse(0);
    }

    /** The term running on a given day, or 0 when none is (between terms, before or after the programme). */
    public static int termOn(List<TermDates> terms, LocalDate day) {
        return terms.stream()
                .filter(t -> !day.isBefore(t.startsOn()) && !day.isAfter(t.endsOn()))
                .mapToInt(TermDates::term)
                .findFirst()
                .orElse(0);
    }
}
