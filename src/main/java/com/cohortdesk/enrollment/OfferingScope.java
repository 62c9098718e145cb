package com.cohortdesk.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The offerings a member of staff may see ({@link OfferingAccess#scope()}): all of them (administrators) or
 * exactly the listed ones (the offerings a faculty member leads; possibly none).
 */
public record OfferingScope(boolean all, Set<Long> offeringIds) {

    static final OfferingScope ALL = new OfferingScope(true, Set.of());

    public OfferingScope {
        offeringIds = Set.copyOf(offeringIds);
    }

    static OfferingScope of(Collection<Long> led) {
        return new OfferingScope(false, Set.copyOf(led));
    }

    public boolean includes(long offeringId) {
        return all || offeringIds.contains(offeringId);
    }

    /** Whether nothing at all is in scope (a faculty member who leads no offering). */
    public boolean none() {
        return !all && offeringIds.isEmpty();
    }

    /**
     * The ids for a query of the form {@code (:all = true or o.id in :ids)}: never empty, since an empty
     * IN list is not valid SQL everywhere (-1 is no offering's id).
     */
    public List<Long> idsForQuery() {
        return offeringIds.isEmpty() ? List.of(-1L) : List.copyOf(offeringIds);
    }
}
