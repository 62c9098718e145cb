package com.cohortdesk.assessment;

import java.math.BigDecimal;
import java.util.Collection;

/** An offering's assessment weights against 100 %. */
public record WeightCheck(BigDecimal total) {

    public static final BigDecimal FULL = BigDecimal.valueOf(100);

    public static WeightCheck of(Collection<BigDecimal> weights) {
        return new WeightCheck(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public boolean complete() {
        return total.compareTo(FULL) == 0;
    }

    /** "100 % of 100 %", "80 % of 100 % (20 % missing)", "110 % of 100 % (10 % too many)". */
    public String text() {
        var difference = FULL.subtract(total);
        var base = plain(total) + " % of 100 %";
        if (difference.signum() == 0) return base;
        return base
                + (difference.signum() > 0
                        ? " (" + plain(difference) + " % missing)"
                        : " (" + plain(difference.negate()) + " % too many)");
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
