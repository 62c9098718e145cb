package com.cohortdesk.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Adds the module catalogue, 14 offerings per cohort and about 12 places per learner (≈1.2 million for
 * 100,000 learners) to the filled learners, by JDBC batches, the same every run. Statuses follow the
 * cohort's age and the learner's standing: graduates completed every place, learners of running cohorts
 * hold open places in their current term, leavers' places end withdrawn in the term they left, and a few
 * places are failed. (No status history rows: the roster and the plan do not read them.)
 */
final class EnrollmentData {

    /** The twelve modules of {@code DemoCatalogue}: code, title, then (term, part, ECTS) per slot. */
    static final List<Object[]> MODULES = List.of(
            module("MLDS101", "Probability and Statistics", 1, "5"),
            module("MLDS102", "Mathematics for Machine Learning", 1, "5"),
            new Object[] {
                "MLDS100",
                "Ethics of Machine Learning and AI Transparency",
                List.<Object[]>of(slot(1, 1, "2.5"), slot(3, 2, "2.5"), slot(5, 3, "2.5"))
            },
            module("MLDS103", "Programming for Data Science (Python and R)", 2, "5"),
            module("MLDS104", "Supervised Learning", 2, "7.5"),
            module("MLDS201", "Deep Learning", 3, "7.5"),
            module("MLDS202", "Probabilistic Modelling", 3, "5"),
            module("MLDS203", "Unstructured Data: Text and Images", 4, "7.5"),
            module("MLDS204", "Anomaly Detection", 4, "7.5"),
            module("MLDS301", "Scalable Machine Learning with PySpark", 5, "5"),
            module("MLDS302", "Reinforcement Learning", 5, "7.5"),
            module("MLDS400", "Research Project (Research Portfolio)", 6, "20"));

    private EnrollmentData() {}

    private static Object[] module(String code, String title, int term, String ects) {
        return new Object[] {code, title, List.<Object[]>of(slot(term, 1, ects))};
    }

    private static Object[] slot(int term, int part, String ects) {
        return new Object[] {term, part, new BigDecimal(ects)};
    }

    /** What was inserted. */
    record Filled(int offerings, int enrollments) {}

    static Filled fill(DataSource dataSource, List<Long> cohortIds, long seed) throws SQLException {
        var random = new Random(seed);
        try (var connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(
                            "select (select count(*) from offering), (select count(*) from enrollment)")) {
                rows.next();
                if (rows.getInt(2) > 0) return new Filled(rows.getInt(1), rows.getInt(2)); // a reused database
            }
            // The youngest cohort (the last id) has age 0.
            var ages = new int[cohortIds.size()];
            for (int c = 0; c < ages.length; c++) ages[c] = cohortIds.size() - 1 - c;
            return insert(connection, cohortIds, ages, random);
        }
    }

    /**
     * Adds offerings and places for these cohorts (ages: years since each one's intake, counted as the statuses were)
     * next to the data already there, on the catalogue already there when there is one (the demo's is the same).
     */
    static Filled add(DataSource dataSource, List<Long> cohortIds, int[] ages, long seed) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return insert(connection, cohortIds, ages, new Random(seed));
        }
    }

    private static Filled insert(Connection connection, List<Long> cohortIds, int[] ages, Random random)
            throws SQLException {
        connection.setAutoCommit(false);
        boolean catalogue;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from programme_module")) {
            rows.next();
            catalogue = rows.getInt(1) > 0;
        }
        if (!catalogue) insertCatalogue(connection);
        int offerings = insertOfferings(connection, cohortIds);
        connection.commit();
        int enrollments = insertEnrollments(connection, cohortIds, ages, random);
        connection.commit();
        return new Filled(offerings, enrollments);
    }

    private static void insertCatalogue(Connection connection) throws SQLException {
        try (var insert = connection.prepareStatement(
                        "insert into programme_module (code, title, version) values (?, ?, 0)", new String[] {"id"});
                var insertSlot = connection.prepareStatement(
                        "insert into module_slot (module_id, term_no, part_no, ects) values (?, ?, ?, ?)")) {
            for (var module : MODULES) {
                insert.setString(1, (String) module[0]);
                insert.setString(2, (String) module[1]);
                insert.executeUpdate();
                long id;
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (var slot : slots(module)) {
                    insertSlot.setLong(1, id);
                    insertSlot.setInt(2, (Integer) slot[0]);
                    insertSlot.setInt(3, (Integer) slot[1]);
                    insertSlot.setBigDecimal(4, (BigDecimal) slot[2]);
                    insertSlot.addBatch();
                }
            }
            insertSlot.executeBatch();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> slots(Object[] module) {
        return (List<Object[]>) module[2];
    }

    /** One offering per module slot for every cohort: 14 per cohort. */
    private static int insertOfferings(Connection connection, List<Long> cohortIds) throws SQLException {
        int count = 0;
        try (var insert = connection.prepareStatement("""
                insert into offering (cohort_id, module_id, term_no, part_no, ects, parts, version)
                select ?, m.id, s.term_no, s.part_no, s.ects, (select count(*) from module_slot t where t.module_id = m.id), 0
                from programme_module m join module_slot s on s.module_id = m.id""")) {
            for (var cohortId : cohortIds) {
                insert.setLong(1, cohortId);
                count += insert.executeUpdate();
            }
        }
        return count;
    }

    /** An offering of a cohort: id and term. */
    private record TermOffering(long id, int term) {}

    /**
     * Inserts the places in the order the application does (a cohort's term at a time, as
     * EnrollmentService.enrolCohortIntoTerm writes them), so an offering's places lie together as they
     * would in production; each learner's last term is drawn first.
     */
    private static int insertEnrollments(Connection connection, List<Long> cohortIds, int[] ages, Random random)
            throws SQLException {
        var byCohort = new HashMap<Long, List<TermOffering>>();
        try (var query = connection.createStatement();
                var rows = query.executeQuery(
                        "select id, cohort_id, term_no from offering order by cohort_id, term_no, id")) {
            while (rows.next()) {
                byCohort.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>())
                        .add(new TermOffering(rows.getLong(1), rows.getInt(3)));
            }
        }
        // Per cohort: its learners (id, standing, last term taken), in id order.
        var learners = new HashMap<Long, List<Object[]>>();
        try (var query = connection.createStatement();
                var rows = query.executeQuery("select id, cohort_id, status from learner order by id")) {
            while (rows.next()) {
                learners.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>())
                        .add(new Object[] {rows.getLong(1), rows.getString(3), 0});
            }
        }
        int count = 0;
        try (var insert = connection.prepareStatement(
                "insert into enrollment (learner_id, offering_id, status, version) values (?, ?, ?, 0)")) {
            for (int c = 0; c < cohortIds.size(); c++) {
                int age = ages[c];
                var members = learners.getOrDefault(cohortIds.get(c), List.of());
                // The term the cohort is in (a finished cohort: past term 6), and the last term each learner took.
                int current = age >= 3 ? 7 : age == 2 ? 5 : age == 1 ? 3 : 1;
                for (var member : members) {
                    member[2] = switch ((String) member[1]) {
                        case "GRADUATED" -> 6;
                        case "ACTIVE" -> Math.min(6, current);
                        default -> 1 + random.nextInt(Math.min(6, current));
                    };
                }
                var offerings = byCohort.getOrDefault(cohortIds.get(c), List.of());
                for (int term = 1; term <= 6; term++) {
                    for (var member : members) {
                        var standing = (String) member[1];
                        int last = (Integer) member[2];
                        if (term > last) continue;
                        for (var offering : offerings) {
                            if (offering.term() != term) continue;
                            String status;
                            if (term < last || standing.equals("GRADUATED")) {
                                status = !standing.equals("GRADUATED") && random.nextInt(100) < 3
                                        ? "FAILED"
                                        : "COMPLETED";
                            } else if (standing.equals("ACTIVE")) {
                                status = "ENROLLED";
                            } else {
                                status = "WITHDRAWN";
                            }
                            insert.setLong(1, (Long) member[0]);
                            insert.setLong(2, offering.id());
                            insert.setString(3, status);
                            insert.addBatch();
                            if (++count % 5000 == 0) insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    /** A new cohort of active learners with no places yet (for timing a bulk enrolment); returns its id. */
    static long freshCohort(DataSource dataSource, int learners, long seed) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long cohortId;
            try (var insert = connection.prepareStatement(
                    "insert into cohort (name, intake_year, status, version, archived) select 'Bulk enrolment ' || (max(intake_year) + 1),"
                            + " max(intake_year) + 1, 'PLANNED', 0, false from cohort",
                    new String[] {"id"})) {
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    cohortId = keys.getLong(1);
                }
            }
            var random = new Random(seed);
            try (var insert = connection.prepareStatement("""
                    insert into learner (cohort_id, full_name, email, country, time_zone, status, version, cohort_name)
                    values (?, ?, ?, 'GB', 'Europe/London', 'ACTIVE', 0, (select c.name from cohort c where c.id = ?))""")) {
                for (int i = 0; i < learners; i++) {
                    insert.setLong(1, cohortId);
                    insert.setLong(4, cohortId);
                    insert.setString(2, "Fresh Learner " + (1000 + random.nextInt(9000)) + " " + i);
                    insert.setString(3, "fresh." + cohortId + "." + i + "@example.org");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            return cohortId;
        }
    }
}
