package com.cohortdesk.cohort;

import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The intake of one academic year, e.g. "Fall 2025", with its six term dates. */
@Entity
@Table(name = "cohort")
public class Cohort extends VersionedEntity {

    @Column(nullable = false, length = 80)
    private String name = "";

    @Column(name = "intake_year", nullable = false)
    private int intakeYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status = CohortStatus.PLANNED;

    @Column(nullable = false)
    private boolean archived;

    @ElementCollection
    @CollectionTable(name = "cohort_term", joinColumns = @JoinColumn(name = "cohort_id"))
    private Set<CohortTerm> terms = new HashSet<>();

    protected Cohort() {}

    public Cohort(String name, int intakeYear, CohortStatus status, List<TermDates> terms) {
        this.name = name;
        this.intakeYear = intakeYear;
        this.status = status;
        replaceTerms(terms);
    }

    public String getName() {
        return name;
    }

    public int getIntakeYear() {
        return intakeYear;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    void edit(String name, int intakeYear, CohortStatus status, List<TermDates> terms) {
        this.name = name;
        this.intakeYear = intakeYear;
        this.status = status;
        replaceTerms(terms);
    }

    public List<TermDates> getTerms() {
        return terms.stream()
                .map(CohortTerm::toDates)
                .sorted(Comparator.comparingInt(TermDates::term))
                .toList();
    }

    private void replaceTerms(List<TermDates> dates) {
        var problems = TermCalendar.check(dates);
        if (!problems.isEmpty()) throw new RuleViolation(String.join(" ", problems));
        terms.clear();
        dates.forEach(d -> terms.add(new CohortTerm(d)));
    }
}
