package com.cohortdesk.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

@Embeddable
class CohortTerm {

    @Column(name = "term_no", nullable = false)
    private int term;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;

    protected CohortTerm() {}

    CohortTerm(TermDates dates) {
        this.term = dates.term();
        this.startsOn = dates.startsOn();
        this.endsOn = dates.endsOn();
    }

    TermDates toDates() {
        return new TermDates(term, startsOn, endsOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortTerm other
                && term == other.term
                && startsOn.equals(other.startsOn)
                && endsOn.equals(other.endsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, startsOn, endsOn);
    }
}
