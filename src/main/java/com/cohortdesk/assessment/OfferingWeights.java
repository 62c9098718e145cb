package com.cohortdesk.assessment;

import java.math.BigDecimal;

/** An offering with the sum of its assessments' weights. */
public record OfferingWeights(long offeringId, String cohortName, int term, String moduleCode, BigDecimal total) {

    public OfferingWeights(long offeringId, String cohortName, int term, String moduleCode, Number total) {
        this(offeringId, cohortName, term, moduleCode, new BigDecimal(total.toString()));
    }

    public WeightCheck check() {
        return new WeightCheck(total);
    }
}
