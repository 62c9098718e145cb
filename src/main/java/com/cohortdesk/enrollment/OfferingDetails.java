package com.cohortdesk.enrollment;

import com.cohortdesk.cohort.TermDates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** One offering: the module, the cohort's term and dates, its leads (names, and staff ids) and its places. */
public record OfferingDetails(
        long id,
        long version,
        long cohortId,
        String cohortName,
        int term,
        TermDates dates,
        String moduleCode,
        String moduleTitle,
        int part,
        int parts,
        BigDecimal ects,
        List<String> leads,
        long taken,
        Set<Long> leadIds) {

    public String title() {
        return moduleCode + " " + moduleTitle + (parts > 1 ? " (part " + part + ")" : "") + " · " + cohortName
                + ", term " + term;
    }
}
