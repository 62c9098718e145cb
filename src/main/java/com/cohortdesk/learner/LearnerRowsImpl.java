package com.cohortdesk.learner;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Builds the roster query from the filters that are set; the sort paths come from {@link LearnerService}. */
class LearnerRowsImpl implements LearnerRows {

    private final EntityManager entityManager;

    LearnerRowsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<LearnerRow> findRows(@Nullable String text, @Nullable Long cohortId, @Nullable String country,
            @Nullable LearnerStatus status, @Nullable String timeZone, Pageable pageable) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (text != null) {
            where.add("(lower(l.fullName) like :text escape '\\' or lower(l.email) like :text escape '\\')");
            parameters.put("text", text);
        }
        if (cohortId != null) {
            where.add("l.cohort.id = :cohortId");
            parameters.put("cohortId", cohortId);
        }
        if (status != null) {
            where.add("l.status = :status");
            parameters.put("status", status);
        }
        if (country != null) {
            where.add("l.country = :country");
            parameters.put("country", country);
        }
        if (timeZone != null) {
            where.add("l.timeZone = :timeZone");
            parameters.put("timeZone", timeZone);
        }
        var jpql = "select new com.cohortdesk.learner.LearnerRow(l.id, l.fullName, l.email, l.country, l.timeZone, l.status, c.id, c.name)"
                + " from Learner l left join l.cohort c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + orderBy(pageable.getSort());
        var query = entityManager.createQuery(jpql, LearnerRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    private static String orderBy(Sort sort) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            if (!order.getProperty().matches("[lc]\\.[a-zA-Z]+")) {
                throw new IllegalArgumentException("Not a roster sort path: " + order.getProperty());
            }
            orders.add(order.getProperty() + (order.isAscending() ? " asc" : " desc"));
        }
        return orders.isEmpty() ? "" : " order by " + String.join(", ", orders);
    }
}
