package com.cohortdesk.programme;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A module as the programme rules see it: its code, title and the term slots it fills. */
public record ModuleDefinition(String code, String title, List<Slot> slots) {

    /** One term slot of a module; split modules have parts 1, 2, 3 in different terms. */
    public record Slot(int term, int part, BigDecimal ects) {}

    public ModuleDefinition {
        slots = slots.stream().sorted(Comparator.comparingInt(Slot::term)).toList();
    }

    public BigDecimal ects() {
        return slots.stream().map(Slot::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isSplit() {
        return slots.size() > 1;
    }

    public String terms() {
        return String.join(
                ", ", slots.stream().map(s -> String.valueOf(s.term())).toList());
    }
}
