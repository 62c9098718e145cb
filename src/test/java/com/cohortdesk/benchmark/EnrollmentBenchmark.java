package com.cohortdesk.benchmark;

import com.cohortdesk.enrollment.EnrolledLearnerRow;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.enrollment.PlanEntry;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Offerings and enrolments at scale, after the learners are in: fills the catalogue, 14 offerings per
 * cohort and ≈12 places per learner, then times 200 offering-roster pages through
 * {@link OfferingService#roster} and 200 plans through {@link EnrollmentService#plan} next to their raw
 * SQL, and one bulk enrolment of a fresh 500-learner cohort. Run from {@link RosterBenchmark}.
 */
final class EnrollmentBenchmark {

    private static final int FETCHES = 200;
    private static final int WARM_UP = 50;
    private static final int FRESH_COHORT = 500;

    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;
    private final Statistics statistics;
    private final List<String> problems = new ArrayList<>();

    EnrollmentBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.statistics = context.getBean(EntityManagerFactory.class)
                .unwrap(SessionFactory.class)
                .getStatistics();
    }

    List<String> problems() {
        return problems;
    }

    /** Fills (the learners are already there), measures and returns the report. */
    String run(String database, List<Long> cohortIds, List<String[]> sample, long seed) throws SQLException {
        var out = new StringBuilder();
        var fillStarted = System.nanoTime();
        var filled = EnrollmentData.fill(dataSource, cohortIds, seed);
        RosterBenchmark.analyze(dataSource);
        var fillTime = RosterBenchmark.millis(System.nanoTime() - fillStarted);
        out.append(String.format(
                Locale.ROOT,
                "Offerings and enrolments on %s: %,d offerings, %,d enrolments; fill (JDBC batches + "
                        + "analyze): %.0f ms%n",
                database,
                filled.offerings(),
                filled.enrollments(),
                fillTime));
        out.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, load average %s%n",
                Runtime.getRuntime().availableProcessors(),
                RosterBenchmark.Report.loadAverage()));

        var benchmarkCohorts = " join cohort c on c.id = o.cohort_id and c.intake_year < "
                + (BenchmarkData.FIRST_INTAKE + BenchmarkData.COHORTS);
        var offeringIds = ids("select o.id from offering o" + benchmarkCohorts + " order by o.id");
        var cases = OfferingRosterCase.mix(FETCHES + WARM_UP, seed, offeringIds, sample);
        var roster = context.getBean(OfferingService.class);
        var rosterTimes = measure(
                cases,
                c -> roster.roster(c.offeringId(), c.status(), c.text(), c.page()),
                (connection, c) -> c.fetchRaw(connection).stream()
                        .map(EnrolledLearnerRow::enrollmentId)
                        .toList(),
                EnrolledLearnerRow::enrollmentId,
                OfferingRosterCase::label);
        out.append(String.format(
                Locale.ROOT,
                "%nOffering roster: %d pages of %d (after %d warm-up fetches)%n",
                FETCHES,
                RosterCase.PAGE_SIZE,
                WARM_UP));
        rosterTimes.render(out, "OfferingService.roster");

        var learnerIds = ids("select distinct e.learner_id from enrollment e join offering o on o.id = e.offering_id"
                + benchmarkCohorts + " where mod(e.learner_id, 211) = 0 order by e.learner_id");
        var random = new Random(seed);
        var planCases = new ArrayList<Long>();
        for (int i = 0; i < FETCHES + WARM_UP; i++) planCases.add(learnerIds.get(random.nextInt(learnerIds.size())));
        var plans = context.getBean(EnrollmentService.class);
        var planTimes = measure(
                planCases,
                id -> plans.plan(id).entries(),
                (connection, id) -> OfferingRosterCase.rawPlan(connection, id),
                PlanEntry::enrollmentId,
                id -> "plan of learner " + id);
        out.append(
                String.format(Locale.ROOT, "%nLearner plan: %d learners (after %d warm-up calls)%n", FETCHES, WARM_UP));
        planTimes.render(out, "EnrollmentService.plan");

        var cohortId = EnrollmentData.freshCohort(dataSource, FRESH_COHORT, seed);
        var statements = statistics.getPrepareStatementCount();
        var started = System.nanoTime();
        var report = plans.enrolCohortIntoTerm(cohortId, 1);
        var enrolTime = RosterBenchmark.millis(System.nanoTime() - started);
        var places = report.places();
        out.append(String.format(
                Locale.ROOT,
                "%nBulk enrolment (EnrollmentService.enrolCohortIntoTerm, term 1) of a fresh cohort "
                        + "of %d: %.0f ms, %,d places for %d learners, %d statements prepared%n",
                FRESH_COHORT,
                enrolTime,
                places,
                report.added().size(),
                statistics.getPrepareStatementCount() - statements));
        if (report.added().size() != FRESH_COHORT)
            problems.add("bulk enrolment added " + report.added().size() + " learners");
        out.append(problems.isEmpty() ? "\nNo problems.\n" : "\nPROBLEMS:\n  " + String.join("\n  ", problems) + "\n");
        return out.toString();
    }

    private List<Long> ids(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            var ids = new ArrayList<Long>();
            while (rows.next()) ids.add(rows.getLong(1));
            return ids;
        }
    }

    interface Raw<C> {
        List<Long> fetch(Connection connection, C c) throws SQLException;
    }

    /** Runs the warm-up (the last cases) and then the measured cases, each through the service and as raw SQL. */
    private <C, R> Measured measure(
            List<C> cases, Function<C, List<R>> service, Raw<C> raw, ToLongFunction<R> id, Function<C, String> label)
            throws SQLException {
        var measured = new Measured(FETCHES);
        try (var connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            for (int i = 0; i < WARM_UP; i++) {
                var c = cases.get(FETCHES + i);
                service.apply(c);
                raw.fetch(connection, c);
            }
            for (var c : cases.subList(0, FETCHES)) {
                // Every other case runs the raw SQL first, so that neither side always finds its pages cached by the
                // other.
                var rawFirst = (measured.count % 2) == 1;
                List<Long> rawIds = null;
                long rawTime = 0;
                if (rawFirst) {
                    var t1 = System.nanoTime();
                    rawIds = raw.fetch(connection, c);
                    rawTime = System.nanoTime() - t1;
                }
                var statements = statistics.getPrepareStatementCount();
                var t0 = System.nanoTime();
                List<R> rows;
                try {
                    rows = service.apply(c);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Failed: " + label.apply(c), e);
                }
                var serviceTime = System.nanoTime() - t0;
                var queries = statistics.getPrepareStatementCount() - statements;
                if (!rawFirst) {
                    var t1 = System.nanoTime();
                    rawIds = raw.fetch(connection, c);
                    rawTime = System.nanoTime() - t1;
                }
                if (!rows.stream().map(r -> id.applyAsLong(r)).toList().equals(rawIds)) {
                    problems.add("service and raw SQL rows differ for " + label.apply(c));
                }
                measured.add(serviceTime, rawTime, queries, rows.size(), label.apply(c));
            }
        }
        return measured;
    }

    /** Timings of one measured operation. */
    static final class Measured {
        private final Timings service;
        private final Timings raw;
        private final List<Object[]> slowest = new ArrayList<>();
        private long totalQueries;
        private long minQueries = Long.MAX_VALUE;
        private long maxQueries;
        private long totalRows;
        private int count;

        Measured(int capacity) {
            service = new Timings(capacity);
            raw = new Timings(capacity);
        }

        void add(long serviceNanos, long rawNanos, long queries, int rows, String label) {
            service.add(serviceNanos);
            raw.add(rawNanos);
            totalQueries += queries;
            minQueries = Math.min(minQueries, queries);
            maxQueries = Math.max(maxQueries, queries);
            totalRows += rows;
            count++;
            slowest.add(new Object[] {RosterBenchmark.millis(serviceNanos), RosterBenchmark.millis(rawNanos), label});
        }

        void render(StringBuilder out, String name) {
            out.append(
                    String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "max ms", "mean ms"));
            RosterBenchmark.Report.row(out, name, service);
            RosterBenchmark.Report.row(out, "raw SQL (JDBC)", raw);
            out.append(String.format(
                    Locale.ROOT,
                    "Ratio p95 service / p95 raw SQL: %.2f; rows per call %.1f on average%n",
                    service.percentile(95) / raw.percentile(95),
                    (double) totalRows / count));
            out.append(String.format(
                    Locale.ROOT,
                    "Statements per call: %.2f on average (%d to %d)%n",
                    (double) totalQueries / count,
                    minQueries,
                    maxQueries));
            out.append("Slowest service calls (service ms / raw ms):\n");
            slowest.stream()
                    .sorted(Comparator.comparingDouble((Object[] s) -> (double) s[0])
                            .reversed())
                    .limit(5)
                    .forEach(s -> out.append(String.format(Locale.ROOT, "  %6.1f / %6.1f  %s%n", s[0], s[1], s[2])));
        }
    }
}
