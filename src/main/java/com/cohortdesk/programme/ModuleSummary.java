package com.cohortdesk.programme;

import java.math.BigDecimal;
import java.util.List;

/** A module as lists show it: with its terms, total ECTS and the names of its faculty. */
public record ModuleSummary(
        long id, String code, String title, List<ModuleDefinition.Slot> slots, BigDecimal ects, List<String> faculty) {

    public String terms() {
        return String.join(
                ", ", slots.stream().map(s -> String.valueOf(s.term())).toList());
    }

    public String ectsText() {
        return ects.stripTrailingZeros().toPlainString();
    }
}
