package com.cohortdesk.enrollment;

import com.cohortdesk.cohort.Cohort;
import com.cohortdesk.programme.ProgrammeModule;
import com.cohortdesk.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** A module run for one cohort in one term, dated by the cohort's term, with its faculty leads. */
@Entity
@Table(name = "offering")
public class Offering extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private ProgrammeModule module;

    @Column(name = "term_no", nullable = false)
    private int term;

    @Column(name = "part_no", nullable = false)
    private int part;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal ects = BigDecimal.ZERO;

    @Column(nullable = false)
    private int parts;

    @ElementCollection
    @CollectionTable(name = "offering_lead", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "staff_user_id")
    private Set<Long> leadIds = new HashSet<>();

    @SuppressWarnings("NullAway")
    protected Offering() {
        this.cohort = null;
        this.module = null;
    }

    Offering(Cohort cohort, ProgrammeModule module, int term, int part, BigDecimal ects, int parts, Set<Long> leadIds) {
        this.cohort = cohort;
        this.module = module;
        this.term = term;
        this.part = part;
        this.ects = ects;
        this.parts = parts;
        this.leadIds.addAll(leadIds);
    }

    public Cohort getCohort() {
        return cohort;
    }

    public ProgrammeModule getModule() {
        return module;
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

    Set<Long> getLeadIds() {
        return Set.copyOf(leadIds);
    }

    /** Replaces the leads, changing only what differs (so the audit trail records just the change). */
    void setLeads(Set<Long> ids) {
        leadIds.retainAll(ids);
        leadIds.addAll(ids);
    }

    boolean removeLead(long staffId) {
        return leadIds.remove(staffId);
    }
}
