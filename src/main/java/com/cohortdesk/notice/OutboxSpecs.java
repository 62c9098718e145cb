package com.cohortdesk.notice;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The outbox's filters as one query: status, kind, words of the recipient, and a faculty member's scope. */
final class OutboxSpecs {

    private OutboxSpecs() {}

    /** {@code staffId} null: everything (administrators); otherwise the notices of their sessions, digests and offerings. */
    static Specification<Notice> of(OutboxFilter filter, @Nullable Long staffId, Set<Long> offeringIds) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (filter.status() != null) where.add(cb.equal(root.get("status"), filter.status()));
            if (filter.kind() != null) where.add(cb.equal(root.get("kind"), filter.kind()));
            if (filter.recipient() != null && !filter.recipient().isBlank()) {
                for (var word :
                        filter.recipient().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    var like =
                            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    where.add(cb.or(
                            cb.like(cb.lower(root.get("recipientName")), like, '\\'),
                            cb.like(cb.lower(root.get("recipientEmail")), like, '\\')));
                }
            }
            if (staffId != null) {
                var mine = new ArrayList<Predicate>();
                mine.add(cb.equal(root.get("hostId"), staffId));
                mine.add(cb.equal(root.get("staffId"), staffId));
                if (!offeringIds.isEmpty()) mine.add(root.get("offeringId").in(offeringIds));
                where.add(cb.or(mine.toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
