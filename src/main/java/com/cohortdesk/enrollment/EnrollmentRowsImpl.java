package com.cohortdesk.enrollment;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The roster query in SQL, built from the filters that are set: no {@code ? is null or ...} conditions,
 * which H2 cannot plan around, so the offering's places are read through the (offering, status) index
 * and joined to their learners by key. Sort columns come from {@link OfferingService}.
 */
class EnrollmentRowsImpl implements EnrollmentRows {

    private final EntityManager entityManager;

    EnrollmentRowsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<EnrolledLearnerRow> findRoster(
            long offeringId, @Nullable EnrollmentStatus status, @Nullable String text, Pageable page) {
        var sql = new StringBuilder("""
                select e.id, l.id, l.full_name, l.email, l.country, l.time_zone, e.status, e.version
                from enrollment e join learner l on l.id = e.learner_id where e.offering_id = ?""");
        var parameters = new ArrayList<Object>(List.of(offeringId));
        if (status != null) {
            sql.append(" and e.status = ?");
            parameters.add(status.name());
        }
        if (text != null) {
            sql.append(" and (lower(l.full_name) like ? escape '\\' or lower(l.email) like ? escape '\\')");
            parameters.add(text);
            parameters.add(text);
        }
        var orders = new ArrayList<String>();
        for (var order : page.getSort()) {
            if (!order.getProperty().matches("[el]\\.[a-z_]+")) {
                throw new IllegalArgumentException("Not a roster sort column: " + order.getProperty());
            }
            orders.add(order.getProperty() + (order.isAscending() ? " asc" : " desc"));
        }
        if (!orders.isEmpty()) sql.append(" order by ").append(String.join(", ", orders));
        if (page.isPaged()) {
            sql.append(" limit ? offset ?");
            parameters.add(page.getPageSize());
            parameters.add(page.getOffset());
        }
        var query = entityManager.createNativeQuery(sql.toString(), Object[].class);
        for (int i = 0; i < parameters.size(); i++) query.setParameter(i + 1, parameters.get(i));
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new EnrolledLearnerRow(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        EnrollmentStatus.valueOf((String) r[6]),
                        ((Number) r[7]).longValue()))
                .toList();
    }
}
