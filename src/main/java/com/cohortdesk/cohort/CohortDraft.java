package com.cohortdesk.cohort;

import com.cohortdesk.shared.TextRules;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a cohort form submits. */
public record CohortDraft(String name, int intakeYear, CohortStatus status, List<TermDates> terms) {

    public static final int MIN_INTAKE = 2000;
    public static final int MAX_INTAKE = 2100;
    public static final int MAX_NAME_LENGTH = 80;

    /** A new cohort for an intake year, with the proposed term dates. */
    public static CohortDraft proposal(int intakeYear) {
        return new CohortDraft(
                "Fall " + intakeYear, intakeYear, CohortStatus.PLANNED, TermCalendar.propose(intakeYear));
    }

    /** Why a cohort name is refused, or null when it is fine; the form shows it on the name field. */
    public static @Nullable String nameProblem(@Nullable String name) {
        if (name == null || name.isBlank())
            return "Give the cohort a name, such as \"Fall " + Year.now().getValue() + "\".";
        if (name.strip().length() > MAX_NAME_LENGTH)
            return "The cohort name is too long (at most " + MAX_NAME_LENGTH + " characters).";
        var lines = new ArrayList<String>(1);
        TextRules.checkSingleLine("cohort name", name, lines);
        return lines.isEmpty() ? null : lines.getFirst();
    }

    /** Why an intake year is refused (none given, or out of range), or null when it is fine. */
    public static @Nullable String intakeYearProblem(@Nullable Integer intakeYear) {
        if (intakeYear == null || intakeYear < MIN_INTAKE || intakeYear > MAX_INTAKE) {
            return "The intake year must be between " + MIN_INTAKE + " and " + MAX_INTAKE + ".";
        }
        return null;
    }

    /** Problems with the draft on its own, in words (uniqueness is checked against the database by the service). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        var nameProblem = nameProblem(name);
        if (nameProblem != null) problems.add(nameProblem);
        var yearProblem = intakeYearProblem(intakeYear);
        if (yearProblem != null) problems.add(yearProblem);
        problems.addAll(TermCalendar.check(terms));
        if (!terms.isEmpty() && terms.getFirst().startsOn().getYear() != intakeYear) {
            problems.add("Term 1 of the " + intakeYear + " intake should start in " + intakeYear + ", not "
                    + terms.getFirst().startsOn().getYear() + ".");
        }
        return problems;
    }
}
