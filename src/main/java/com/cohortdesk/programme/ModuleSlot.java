package com.cohortdesk.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** One term a module fills, with the part number (split modules) and the ECTS of that part. */
@Embeddable
public class ModuleSlot {

    @Column(name = "term_no", nullable = false)
    private int term;

    @Column(name = "part_no", nullable = false)
    private int part;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal ects = BigDecimal.ZERO;

    protected ModuleSlot() {}

    public ModuleSlot(int term, int part, BigDecimal ects) {
        this.term = term;
        this.part = part;
        this.ects = ects;
    }

    public int getTerm() {
        return term;
    }

    public int getPart() {
        return part;
    }

    public BigDecimal getEcts() {
        return ects;
    }

    ModuleDefinition.Slot toDefinition() {
        return new ModuleDefinition.Slot(term, part, ects);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleSlot other
                && term == other.term
                && part == other.part
                && ects.compareTo(other.ects) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, part);
    }
}
