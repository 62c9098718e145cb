package com.cohortdesk.notice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The outbox grid's fetch: exactly the rows {@code [offset, offset + limit)} in the given order, filtered and
 * sorted in the database, with no count (the grid asks for the count once per filter, not per scroll) and
 * without the bodies (only the columns of {@link OutboxRow}). The default order, newest first, walks the
 * index on (created_at, id) backwards (H2 and PostgreSQL); a status filter starts from the index on
 * (status, next_attempt_at, id).
 */
@Component
class OutboxQuery {

    private final EntityManager entityManager;

    OutboxQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code ascending}: the columns to sort by, in order (true: ascending); then newest first and by id. */
    List<OutboxRow> rows(Specification<Notice> spec, Map<OutboxSort, Boolean> ascending, int offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Notice.class);
        var where = spec.toPredicate(root, query, cb);
        if (where != null) query.where(where);
        query.multiselect(
                root.get("id"),
                root.get("kind"),
                root.get("recipientName"),
                root.get("recipientEmail"),
                root.get("subject"),
                root.get("causeType"),
                root.get("causeId"),
                root.get("status"),
                root.get("tries"),
                root.get("createdAt"),
                root.get("nextAttemptAt"),
                root.get("sentAt"),
                root.get("lastError"));
        var orders = new ArrayList<Order>();
        ascending.forEach((column, asc) ->
                orders.add(asc ? cb.asc(root.get(column.property())) : cb.desc(root.get(column.property()))));
        if (!ascending.containsKey(OutboxSort.CREATED)) orders.add(cb.desc(root.get("createdAt")));
        orders.add(cb.desc(root.get("id")));
        query.orderBy(orders);
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(OutboxQuery::row)
                .toList();
    }

    private static OutboxRow row(Tuple t) {
        return new OutboxRow(
                t.get(0, Long.class),
                t.get(1, NoticeKind.class),
                t.get(2, String.class),
                t.get(3, String.class),
                t.get(4, String.class),
                t.get(5, String.class),
                t.get(6, Long.class),
                t.get(7, NoticeStatus.class),
                t.get(8, Integer.class),
                t.get(9, Instant.class),
                t.get(10, Instant.class),
                t.get(11, Instant.class),
                t.get(12, String.class));
    }
}
