package com.cohortdesk.benchmark;

import com.cohortdesk.learner.LearnerRow;
import com.cohortdesk.learner.LearnerSearch;
import com.cohortdesk.learner.LearnerStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The same roster page as hand-written SQL over plain JDBC: only the filters that are set, the same
 * order (the chosen column, then name and id in its direction; email alone) and the same limit and offset.
 */
final class RawRoster {

    private static final Map<String, String> COLUMNS = Map.of(
            "fullName",
            "l.full_name",
            "email",
            "l.email",
            "country",
            "l.country",
            "timeZone",
            "l.time_zone",
            "status",
            "l.status",
            "cohortName",
            "l.cohort_name");

    private RawRoster() {}

    static List<LearnerRow> fetch(Connection connection, RosterCase rosterCase) throws SQLException {
        var filter = rosterCase.filter();
        var where = new ArrayList<String>();
        var values = new ArrayList<Object>();
        where.add("l.erased_at is null"); // as the roster: erased learners are never listed
        if (filter.text() != null && !filter.text().isBlank()) {
            for (var prefix : LearnerSearch.prefixPatterns(filter.text())) {
                where.add(
                        connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                                ? "l.id = any(array(select w.learner_id from learner_search_word w where w.word like ? escape '\\'))"
                                : "l.id in (select w.learner_id from learner_search_word w where w.word like ? escape '\\')");
                values.add(prefix);
            }
        }
        if (filter.cohortId() != null) {
            where.add("l.cohort_id = ?");
            values.add(filter.cohortId());
        }
        if (filter.status() != null) {
            where.add("l.status = ?");
            values.add(filter.status().name());
        }
        if (filter.country() != null) {
            where.add("l.country = ?");
            values.add(filter.country());
        }
        if (filter.timeZone() != null) {
            where.add("l.time_zone = ?");
            values.add(filter.timeZone());
        }
        var sorted = new ArrayList<String>();
        for (Sort.Order o : rosterCase.page().getSort()) {
            sorted.add(COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"));
        }
        var direction = rosterCase.page().getSort().stream()
                .reduce((a, b) -> b)
                .map(o -> o.isAscending() ? " asc" : " desc")
                .orElse(" asc");
        if (sorted.stream().noneMatch(o -> o.startsWith("l.email"))) {
            if (sorted.stream().noneMatch(o -> o.startsWith("l.full_name"))) sorted.add("l.full_name" + direction);
            sorted.add("l.id" + direction);
        }
        // as LearnerRowsImpl.indexedOrder: the columns filtered to one value leave the order, and one filtered column
        // leads it (the cohort, else the zone, else the country, else the status) unless a search finds the learners
        var constant = new ArrayList<String>();
        if (filter.status() != null) constant.add("l.status");
        if (filter.country() != null) constant.add("l.country");
        if (filter.timeZone() != null) constant.add("l.time_zone");
        if (filter.cohortId() != null) constant.add("l.cohort_name");
        String lead = null;
        if (filter.text() == null || filter.text().isBlank()) {
            if (filter.cohortId() != null) lead = "l.cohort_id";
            else if (filter.timeZone() != null) lead = "l.time_zone";
            else if (filter.country() != null) lead = "l.country";
            else if (filter.status() != null) lead = "l.status";
        }
        var order = new ArrayList<String>();
        if (lead != null)
            order.add(lead + sorted.getFirst().substring(sorted.getFirst().lastIndexOf(' ')));
        for (var column : sorted) {
            if (!constant.contains(column.substring(0, column.indexOf(' ')))) order.add(column);
        }
        var sql = "select l.id, l.full_name, l.email, l.country, l.time_zone, l.status, l.cohort_id, l.cohort_name"
                + " from learner l"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + String.join(", ", order) + " limit ? offset ?"; // the SQL LearnerRowsImpl builds
        values.add(rosterCase.page().getPageSize());
        values.add(rosterCase.page().getOffset());
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) statement.setObject(i + 1, values.get(i));
            try (var rows = statement.executeQuery()) {
                var result = new ArrayList<LearnerRow>();
                while (rows.next()) {
                    result.add(new LearnerRow(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            LearnerStatus.valueOf(rows.getString(6)),
                            rows.getLong(7),
                            rows.getString(8)));
                }
                return result;
            }
        }
    }
}
