package com.cohortdesk.benchmark;

import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.learner.BulkLoadedLearners;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 100,000-learner data set next to the demo data (scripts/cluster.sh with CLUSTER_DATA=scale): the same
 * generator as scripts/benchmark.sh (BenchmarkData, EnrollmentData: 40 cohorts, their learners with search words and
 * cohort name, 14 offerings per cohort on the demo's catalogue, ~12 places per learner), with intake years counted
 * backwards from the earliest intake already there (the demo's 2023: 1983 to 2022), so none collides with a demo
 * cohort. Each cohort's age counts from the newest intake there (the demo's 2026), so all 40 are finished cohorts
 * (COMPLETED, learners mostly graduated) as the generator derives it; each gets the six terms the term calendar
 * proposes for its intake. Then, in one transaction, what the services keep in their writing transactions and a JDBC
 * load does not: learners per cohort and status (V64) and the end day of graduated and withdrawn learners (V67); the
 * fill adds no sessions or marks, so the attendance figures stay as they are. Checks the figures against the raw
 * tables at the end. Does nothing when the database already holds the data set.
 */
public final class ScaleData {

    static final long SEED = 42L;

    /** What was added: the intake years and the rows. */
    record Filled(int firstIntake, int lastIntake, int learners, int offerings, int enrollments) {}

    private ScaleData() {}

    /** Adds the data set next to the cohorts already there; null when a previous fill added it already. */
    static Filled fill(DataSource dataSource, int learners) throws SQLException {
        int earliest;
        int newest;
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select min(intake_year), max(intake_year), count(*) from cohort")) {
            rows.next();
            if (rows.getInt(3) >= BenchmarkData.COHORTS) return null; // filled before (the demo has 4 cohorts)
            earliest = rows.getInt(3) == 0 ? java.time.Year.now().getValue() + 1 : rows.getInt(1);
            newest = rows.getInt(3) == 0 ? earliest - 1 : rows.getInt(2);
        }
        int first = earliest - BenchmarkData.COHORTS;
        var cohortIds = BenchmarkData.fill(dataSource, learners, SEED, first, newest);
        var ages = new int[cohortIds.size()];
        for (int c = 0; c < ages.length; c++) ages[c] = newest - (first + c);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertTerms(connection, cohortIds, first);
            connection.commit();
        }
        var enrolled = EnrollmentData.add(dataSource, cohortIds, ages, SEED);
        var jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .executeWithoutResult(status -> BulkLoadedLearners.recount(jdbc));
        return new Filled(first, earliest - 1, learners, enrolled.offerings(), enrolled.enrollments());
    }

    /** The six terms TermCalendar proposes for each intake, as a cohort created in the app gets them. */
    private static void insertTerms(Connection connection, List<Long> cohortIds, int firstIntake) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into cohort_term (cohort_id, term_no, starts_on, ends_on) values (?, ?, ?, ?)")) {
            for (int c = 0; c < cohortIds.size(); c++) {
                for (var term : TermCalendar.propose(firstIntake + c)) {
                    insert.setLong(1, cohortIds.get(c));
                    insert.setInt(2, term.term());
                    insert.setObject(3, term.startsOn());
                    insert.setObject(4, term.endsOn());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The figures the dashboard reads that differ from a count of the raw rows, in words; empty when all agree. */
    static List<String> mismatches(JdbcTemplate jdbc) {
        var problems = new java.util.ArrayList<String>();
        var kept = jdbc.queryForList(
                "select cohort_id || ':' || status || '=' || learners from learner_status_count where learners <> 0 order by 1",
                String.class);
        var raw = jdbc.queryForList(
                "select cohort_id || ':' || status || '=' || count(*) from learner group by cohort_id, status order by 1",
                String.class);
        if (!kept.equals(raw)) problems.add("learner_status_count differs from the learner table");
        long withoutWords = jdbc.queryForObject(
                "select count(*) from learner l where not exists (select 1 from learner_search_word w where w.learner_id = l.id)",
                Long.class);
        if (withoutWords > 0) problems.add(withoutWords + " learners without search words");
        long wrongCohortName = jdbc.queryForObject(
                "select count(*) from learner l join cohort c on c.id = l.cohort_id where l.cohort_name <> c.name",
                Long.class);
        if (wrongCohortName > 0) problems.add(wrongCohortName + " learners with another cohort's name");
        long noEnd = jdbc.queryForObject(
                "select count(*) from learner where status in ('GRADUATED', 'WITHDRAWN') and ended_on is null"
                        + " and erased_at is null",
                Long.class);
        if (noEnd > 0) problems.add(noEnd + " graduated or withdrawn learners without an end day");
        var marks = jdbc.queryForList(
                "select occurrence_id || ':' || present || '/' || late || '/' || excused || '/' || absent"
                        + " from occurrence_mark_count where present + late + excused + absent > 0 order by occurrence_id",
                String.class);
        var rawMarks = jdbc.queryForList("""
                select occurrence_id || ':' || sum(case when mark = 'PRESENT' then 1 else 0 end) || '/' || sum(case when mark = 'LATE' then 1 else 0 end)
                       || '/' || sum(case when mark = 'EXCUSED' then 1 else 0 end) || '/' || sum(case when mark = 'ABSENT' then 1 else 0 end)
                from session_attendance group by occurrence_id order by occurrence_id""", String.class);
        if (!marks.equals(rawMarks)) problems.add("occurrence_mark_count differs from session_attendance");
        return problems;
    }

    /** Usage: ScaleData jdbcUrl user password [learners]; prints what it added and checks the figures. */
    public static void main(String[] args) throws Exception {
        var dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        int learners = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        long started = System.nanoTime();
        var filled = fill(dataSource, learners);
        var jdbc = new JdbcTemplate(dataSource);
        if (filled == null) {
            System.out.println("scale data: already there");
        } else {
            if (dataSource.getUrl() != null && dataSource.getUrl().startsWith("jdbc:postgresql:")) {
                jdbc.execute("analyze"); // planner statistics for the new rows before anyone measures
            }
            System.out.printf(
                    "scale data: %,d learners in %d cohorts (intakes %d-%d), %,d offerings, %,d places in %.0f s%n",
                    filled.learners(),
                    BenchmarkData.COHORTS,
                    filled.firstIntake(),
                    filled.lastIntake(),
                    filled.offerings(),
                    filled.enrollments(),
                    (System.nanoTime() - started) / 1e9);
        }
        System.out.printf(
                "scale data: %,d learners, %,d places in the database%n",
                jdbc.queryForObject("select count(*) from learner", Long.class),
                jdbc.queryForObject("select count(*) from enrollment", Long.class));
        var problems = mismatches(jdbc);
        if (!problems.isEmpty()) {
            System.out.println("scale data: INCONSISTENT: " + String.join("; ", problems));
            System.exit(1);
        }
        System.out.println("scale data: dashboard figures, search words and cohort names agree with the raw tables");
    }
}
