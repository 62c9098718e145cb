package com.cohortdesk.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class TermCalendarTest {

    @Test
    void proposesSixOrderedTermsStartingOnMondaysAfterSeptemberInduction() {
        var terms = TermCalendar.propose(2025);
        assertThat(terms).hasSize(6);
        assertThat(terms.getFirst().startsOn()).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(terms)
                .allSatisfy(t -> assertThat(t.startsOn().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(terms.get(1).startsOn()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(terms.get(3).startsOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(terms.getLast().endsOn()).isBefore(LocalDate.of(2027, 10, 1));
        assertThat(TermCalendar.check(terms)).isEmpty();
    }

    @Test
    void overlappingTermsAreExplained() {
        var terms = new ArrayList<>(TermCalendar.propose(2026));
        var second = terms.get(1);
        terms.set(1, new TermDates(2, terms.get(0).endsOn().minusDays(3), second.endsOn()));
        assertThat(TermCalendar.check(terms))
                .containsExactly("Term 2 starts on 2027-01-21, before term 1 has ended "
                        + "(2027-01-24); terms must not overlap.");
    }

    @Test
    void termEndingBeforeItStartsIsExplained() {
        var terms = new ArrayList<>(TermCalendar.propose(2026));
        var third = terms.get(2);
        terms.set(2, new TermDates(3, third.startsOn(), third.startsOn().minusDays(1)));
        assertThat(TermCalendar.check(terms))
                .contains("Term 3 ends on 2027-06-06, which is not after its start 2027-06-07.");
    }

    @Test
    void missingTermsAreExplained() {
        assertThat(TermCalendar.check(TermCalendar.propose(2026).subList(0, 5)))
                .containsExactly("A cohort has 6 terms, but 5 are given.");
    }

    @Test
    void statusAndCurrentTermFollowTheDates() {
        var terms = TermCalendar.propose(2025);
        assertThat(TermCalendar.statusOn(terms, LocalDate.of(2025, 6, 1))).isEqualTo(CohortStatus.PLANNED);
        assertThat(TermCalendar.statusOn(terms, LocalDate.of(2025, 9, 15))).isEqualTo(CohortStatus.ACTIVE);
        assertThat(TermCalendar.statusOn(terms, LocalDate.of(2026, 11, 25))).isEqualTo(CohortStatus.ACTIVE);
        assertThat(TermCalendar.statusOn(terms, LocalDate.of(2027, 10, 1))).isEqualTo(CohortStatus.COMPLETED);
        assertThat(TermCalendar.termOn(terms, LocalDate.of(2026, 11, 25))).isEqualTo(4);
        assertThat(TermCalendar.termOn(terms, LocalDate.of(2026, 1, 30))).isZero();
    }
}
