package com.cohortdesk.cohort;

import com.cohortdesk.shared.TextRules;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** What a cohort form submits. */
public record CohortDraft(String name, int intakeYear, CohortStatus status, List<TermDates> terms) {

    public static final int MIN_INTAKE = 2000;
    public static final int MAX_INTAKE = 2100;

    /** A new cohort for an intake year, with the proposed term dates. */
    public static CohortDraft proposal(int intakeYear) {
        return new CohortDraft("Fall " + intakeYear, intakeYear, CohortStatus.PLANNED, TermCalendar.propose(intakeYear));
    }

    /** Problems with the draft on its own, in words (uniqueness is checked against the database by the service). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (name == null || name.isBlank()) problems.add("Give the cohort a name, such as \"Fall " + Year.now().getValue() + "\".");
        else if (name.strip().length() > 80) problems.add("The cohort name is too long (at most 80 characters).");
        TextRules.checkSingleLine("cohort name", name, problems);
        if (intakeYear < MIN_INTAKE || intakeYear > MAX_INTAKE) {
            problems.add("The intake year must be between " + MIN_INTAKE + " and " + MAX_INTAKE + ".");
        }
        problems.addAll(TermCalendar.check(terms));
        if (!terms.isEmpty() && terms.getFirst().startsOn().getYear() != intakeYear) {
            problems.add("Term 1 of the " + intakeYear + " intake should start in " + intakeYear + ", not "
                    + terms.getFirst().startsOn().getYear() + ".");
        }
        return problems;
    }
}
