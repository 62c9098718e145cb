package com.cohortdesk.learner;

import com.cohortdesk.enrollment.OfferingAccess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster query in SQL, built from the filters that are set. It reads the learner table alone (the
 * cohort's name is stored beside each learner), so a page sorted by any column walks that column's
 * index; the search finds the learners through the index of their search words. Sort columns come from
 * {@link LearnerService}. Read through JDBC in the caller's transaction (JpaTransactionManager shares its
 * connection): a Hibernate native query added about a millisecond per page (its SQL parsed for parameters, the result
 * types discovered from the result set's metadata, the session flushed first) to a query that takes 2-8 ms (issue #15).
 */
class LearnerRowsImpl implements LearnerRows {

    /**
     * On PostgreSQL a search word's learners are looked up as an array ({@code l.id = any(array(...))}): the planner
     * then reads the few matching words through their prefix index (V66) and the learners by id, and sorts those. With
     * {@code l.id in (select ...)} it misjudged how many learners a prefix finds and walked the sort column's index
     * through the whole table, testing each learner (1.5 s for "Runol" sorted by email at 100,000 learners).
     */
    static final String SEARCH_IN =
            "l.id in (select w.learner_id from learner_search_word w where w.word like ? escape '\\')";

    static final String SEARCH_ANY =
            "l.id = any(array(select w.learner_id from learner_search_word w where w.word like ? escape '\\'))";

    private final JdbcTemplate jdbc;
    private final String search;

    LearnerRowsImpl(
            JdbcTemplate jdbc,
            @org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.search = url.startsWith("jdbc:postgresql:") ? SEARCH_ANY : SEARCH_IN;
    }

    @Override
    public List<LearnerRow> findRows(
            List<String> textPrefixes,
            @Nullable Long cohortId,
            @Nullable String country,
            @Nullable LearnerStatus status,
            @Nullable String timeZone,
            @Nullable Collection<Long> placeInOfferings,
            Pageable pageable) {
        var where = new ArrayList<String>();
        where.add("l.erased_at is null"); // erased learners are kept for statistics, never listed, found or exported
        var parameters = new ArrayList<Object>();
        for (var prefix : textPrefixes) {
            where.add(search);
            parameters.add(prefix);
        }
        condition(where, parameters, "l.cohort_id = ?", cohortId);
        condition(where, parameters, "l.status = ?", status == null ? null : status.name());
        condition(where, parameters, "l.country = ?", country);
        condition(where, parameters, "l.time_zone = ?", timeZone);
        if (placeInOfferings != null) {
            where.add("l.id in (" + OfferingAccess.learnersInOfferingsSql(placeInOfferings) + ")");
            parameters.addAll(placeInOfferings.stream().sorted().toList());
        }
        var sql = "select l.id, l.full_name, l.email, l.country, l.time_zone, l.status, l.cohort_id, l.cohort_name"
                + " from learner l"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + orderBy(indexedOrder(
                        pageable.getSort(),
                        status,
                        country,
                        timeZone,
                        cohortId != null,
                        !textPrefixes.isEmpty() || placeInOfferings != null))
                + " limit ? offset ?";
        parameters.add(pageable.getPageSize());
        parameters.add(pageable.getOffset());
        return jdbc.query(
                sql,
                (r, i) -> new LearnerRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        LearnerStatus.valueOf(r.getString(6)),
                        r.getLong(7),
                        r.getString(8)),
                parameters.toArray());
    }

    private static void condition(List<String> where, List<Object> parameters, String sql, @Nullable Object value) {
        if (value == null) return;
        where.add(sql);
        parameters.add(value);
    }

    /**
     * The same order, written so that an index gives it. Columns the page is filtered to one value of (status, country,
     * zone; the cohort's name with a cohort) are the same on every row, so they change nothing in the order and leave
     * it. Instead one filtered column leads the order, so that the page walks an index (that column, the sort column,
     * name, id: V3, V65, V71, V72) and stops after the page instead of sorting every matching learner: the cohort (at
     * most a cohort's learners are read), else the zone or the country (at most a country's), else the status (e.g.
     * GRADUATED sorted by email walks (status, email)). H2 only sees that an index gives the order when the index's
     * leading column is in the ORDER BY; PostgreSQL sees it either way. A search or a faculty scope finds its learners
     * through another index, and nothing leads.
     */
    static Sort indexedOrder(
            Sort sort,
            @Nullable LearnerStatus status,
            @Nullable String country,
            @Nullable String zone,
            boolean oneCohort,
            boolean foundElsewhere) {
        if (sort.isEmpty()) return sort;
        var constant = new ArrayList<String>();
        if (status != null) constant.add("l.status");
        if (country != null) constant.add("l.country");
        if (zone != null) constant.add("l.time_zone");
        if (oneCohort) constant.add("l.cohort_name");
        String lead = null;
        if (!foundElsewhere) {
            if (oneCohort) lead = "l.cohort_id";
            else if (zone != null) lead = "l.time_zone";
            else if (country != null) lead = "l.country";
            else if (status != null) lead = "l.status";
        }
        var orders = new ArrayList<Sort.Order>();
        if (lead != null) orders.add(new Sort.Order(sort.iterator().next().getDirection(), lead));
        for (var order : sort) {
            if (!constant.contains(order.getProperty())) orders.add(order);
        }
        return Sort.by(orders);
    }

    private static String orderBy(Sort sort) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            if (!order.getProperty().matches("l\\.[a-z_]+")) {
                throw new IllegalArgumentException("Not a roster sort column: " + order.getProperty());
            }
            orders.add(order.getProperty() + (order.isAscending() ? " asc" : " desc"));
        }
        return orders.isEmpty() ? "" : " order by " + String.join(", ", orders);
    }
}
