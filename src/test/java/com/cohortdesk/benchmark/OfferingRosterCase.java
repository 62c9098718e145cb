package com.cohortdesk.benchmark;

import com.cohortdesk.enrollment.EnrolledLearnerRow;
import com.cohortdesk.enrollment.EnrollmentStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One offering-roster page fetch: an offering, a status and text filter, a sort and a page of 50. */
record OfferingRosterCase(
        String label,
        long offeringId,
        @Nullable EnrollmentStatus status,
        @Nullable String text,
        PageRequest page) {

    private static final String[] SORTS = {"", "fullName", "email", "status", "country"};
    private static final int[] PAGES = {0, 0, 0, 0, 0, 3, 3, 3, 20, 20};
    private static final Map<String, String> COLUMNS =
            Map.of("fullName", "l.full_name", "email", "l.email", "status", "e.status", "country", "l.country");

    /** A deterministic mix; texts are the start of a first name, a surname, or an email, as a user types them. */
    static List<OfferingRosterCase> mix(int count, long seed, List<Long> offeringIds, List<String[]> namesAndEmails) {
        var random = new Random(seed);
        var cases = new ArrayList<OfferingRosterCase>();
        for (int i = 0; i < count; i++) {
            var offeringId = offeringIds.get(random.nextInt(offeringIds.size()));
            EnrollmentStatus status = null;
            String text = null;
            switch (i % 6) {
                case 0, 1 -> {}
                case 2 -> status = EnrollmentStatus.values()[random.nextInt(EnrollmentStatus.values().length)];
                case 3 -> text = text(random, namesAndEmails);
                case 4 -> {
                    status = random.nextBoolean() ? EnrollmentStatus.COMPLETED : EnrollmentStatus.WITHDRAWN;
                    text = text(random, namesAndEmails);
                }
                default -> status = EnrollmentStatus.COMPLETED;
            }
            var column = SORTS[random.nextInt(SORTS.length)];
            var sort = column.isEmpty()
                    ? Sort.unsorted()
                    : Sort.by(random.nextBoolean() ? Sort.Direction.ASC : Sort.Direction.DESC, column);
            var page = PageRequest.of(PAGES[random.nextInt(PAGES.length)], RosterCase.PAGE_SIZE, sort);
            var label = "offering=" + offeringId + (status == null ? "" : ",status=" + status)
                    + (text == null ? "" : ",text=" + text) + " | sort "
                    + (sort.isSorted() ? sort.toString().replace(": ", " ") : "default") + " | page "
                    + page.getPageNumber();
            cases.add(new OfferingRosterCase(label, offeringId, status, text, page));
        }
        return cases;
    }

    private static String text(Random random, List<String[]> namesAndEmails) {
        var learner = namesAndEmails.get(random.nextInt(namesAndEmails.size()));
        var words = learner[0].split(" ");
        return switch (random.nextInt(3)) {
            case 0 -> words[0].substring(0, Math.min(3, words[0].length()));
            case 1 -> words[words.length - 1];
            default -> learner[1].substring(0, learner[1].indexOf('@'));
        };
    }

    /** The same page as hand-written SQL over JDBC: only the filters that are set, the same order, limit and offset. */
    List<EnrolledLearnerRow> fetchRaw(Connection connection) throws SQLException {
        var sql = new StringBuilder("""
                select e.id, l.id, l.full_name, l.email, l.country, l.time_zone, e.status, e.version
                from enrollment e join learner l on l.id = e.learner_id where e.offering_id = ?""");
        var values = new ArrayList<Object>(List.of(offeringId));
        if (status != null) {
            sql.append(" and e.status = ?");
            values.add(status.name());
        }
        if (text != null) {
            var pattern = "%"
                    + text.strip()
                            .toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            sql.append(" and (lower(l.full_name) like ? escape '\\' or lower(l.email) like ? escape '\\')");
            values.add(pattern);
            values.add(pattern);
        }
        var order = new ArrayList<String>();
        for (var o : page.getSort()) order.add(COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"));
        order.add("l.full_name asc");
        order.add("l.id asc");
        sql.append(" order by ").append(String.join(", ", order)).append(" limit ? offset ?");
        values.add(page.getPageSize());
        values.add(page.getOffset());
        try (var statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) statement.setObject(i + 1, values.get(i));
            try (var rows = statement.executeQuery()) {
                var result = new ArrayList<EnrolledLearnerRow>();
                while (rows.next()) {
                    result.add(new EnrolledLearnerRow(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            EnrollmentStatus.valueOf(rows.getString(7)),
                            rows.getLong(8)));
                }
                return result;
            }
        }
    }

    /** The raw SQL of EnrollmentRepository.findPlan; returns the enrolment ids in plan order. */
    static List<Long> rawPlan(Connection connection, long learnerId) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select e.id, o.term_no, m.code, m.title, o.part_no, o.parts, o.ects, e.status, c.name, o.id
                from enrollment e join offering o on o.id = e.offering_id join programme_module m on m.id = o.module_id
                join cohort c on c.id = o.cohort_id where e.learner_id = ? order by o.term_no, m.code""")) {
            statement.setLong(1, learnerId);
            try (var rows = statement.executeQuery()) {
                var ids = new ArrayList<Long>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    rows.getInt(2);
                    rows.getString(3);
                    rows.getString(4);
                    rows.getInt(5);
                    rows.getInt(6);
                    rows.getBigDecimal(7);
                    rows.getString(8);
                    rows.getString(9);
                    rows.getLong(10);
                }
                return ids;
            }
        }
    }
}
