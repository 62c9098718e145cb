package com.cohortdesk.benchmark;

import com.cohortdesk.Application;
import com.cohortdesk.dashboard.DashboardBenchmark;
import com.cohortdesk.learner.LearnerRow;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.privacy.PersonalDataBenchmark;
import com.cohortdesk.session.SessionRosterService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The roster at scale: fills a fresh database with 100,000 learners in 40 cohorts, then times 200
 * roster pages through {@link LearnerService#roster} and the same pages as raw SQL, and counts the
 * statements each fetch prepares; then adds ≈1.2 million enrolments and times offering rosters, learners'
 * plans and a bulk enrolment ({@link EnrollmentBenchmark}); the Personal data page's list of learners due for
 * erasure ({@link PersonalDataBenchmark}); a 10,000-learner CSV import ({@link ImportBenchmark}); the administrator's
 * dashboard ({@link DashboardBenchmark}). Run it with
 * scripts/benchmark.sh (not part of the test suite).
 *
 * <p>Arguments: {@code h2} (default) or {@code postgres}; {@code --learners=N}; {@code --only=learners},
 * {@code --only=privacy}, {@code --only=import}, {@code --only=enrollments} or {@code --only=dashboard} (or several, comma-separated) to time
 * one part (the data is filled either way); {@code --reuse} (H2) keeps the
 * database of the last run and fills only what is missing, for quicker runs while tuning; {@code --spring.*} and
 * {@code --logging.*} go to the application (e.g. {@code --logging.level.org.hibernate.SQL=debug}).
 */
public final class RosterBenchmark {

    private static final long SEED = 20261125L;
    private static final int FETCHES = 200;
    // Warm-up fetches (another random mix of the same kinds), so that the JIT has compiled both paths before timing.
    private static final int WARM_UP = 300;
    private static final Path OUTPUT = Path.of("target", "benchmark");
    private static final String ADMIN = "benchmark";

    private RosterBenchmark() {}

    public static void main(String[] args) throws Exception {
        var postgres = List.of(args).contains("postgres");
        var learners = List.of(args).stream()
                .filter(a -> a.startsWith("--learners="))
                .findFirst()
                .map(a -> Integer.parseInt(a.substring("--learners=".length())))
                .orElse(100_000);
        Files.createDirectories(OUTPUT);
        var started = System.nanoTime();
        var only = List.of(args).stream()
                .filter(a -> a.startsWith("--only="))
                .findFirst()
                .map(a -> a.substring("--only=".length()))
                .orElse("");
        var reuse = !postgres && List.of(args).contains("--reuse");
        var springArgs = List.of(args).stream()
                .filter(a -> a.startsWith("--logging.") || a.startsWith("--spring."))
                .toList();
        try (var context = start(postgres, reuse, springArgs)) {
            var contextTime = millis(System.nanoTime() - started);
            var dataSource = context.getBean(DataSource.class);
            var fillStarted = System.nanoTime();
            var cohortIds = reuse ? existingCohorts(dataSource) : List.<Long>of();
            if (cohortIds.isEmpty()) cohortIds = BenchmarkData.fill(dataSource, learners, SEED);
            analyze(dataSource);
            var fillTime = millis(System.nanoTime() - fillStarted);
            signInAsAdmin(context);
            var database = postgres ? "PostgreSQL" : "H2 (file)";
            var sample = sampleLearners(dataSource);
            var failed = false;
            var parts = List.of(only.split(","));
            var dashboardRuns = List.of(args).stream()
                    .filter(a -> a.startsWith("--dashboard-runs="))
                    .findFirst()
                    .map(a -> Integer.parseInt(a.substring("--dashboard-runs=".length())))
                    .orElse(100);
            if (only.isEmpty() || parts.contains("learners")) {
                var cases = RosterCase.mix(FETCHES, SEED, cohortIds, sample);
                var warmUp =
                        RosterCase.mix(WARM_UP, SEED + 1, cohortIds, sample).subList(0, WARM_UP);
                var report = run(context, dataSource, warmUp, cases);
                var text = report.render(database, learners, cohortIds.size(), contextTime, fillTime);
                report("roster", postgres, text);
                failed = !report.problems().isEmpty();
            }
            if (only.isEmpty() || parts.contains("privacy")) {
                var problems = new StringBuilder();
                var text = PersonalDataBenchmark.run(context, database, problems);
                report("privacy", postgres, text);
                failed |= problems.length() > 0;
                if (problems.length() > 0) System.out.println(problems);
            }
            if (only.isEmpty() || parts.contains("import")) {
                var problems = new StringBuilder();
                var text = ImportBenchmark.run(context, database, learners, cohortIds, problems);
                report("import", postgres, text);
                failed |= problems.length() > 0;
                if (problems.length() > 0) System.out.println(problems);
            }
            if (only.isEmpty() || parts.contains("enrollments")) {
                var enrollments = new EnrollmentBenchmark(context);
                var text = String.format(
                                Locale.ROOT,
                                "Learners: %,d in %d cohorts, filled in %.0f ms%n",
                                learners,
                                cohortIds.size(),
                                fillTime)
                        + enrollments.run(database, cohortIds, sample, SEED);
                report("enrollment", postgres, text);
                failed |= !enrollments.problems().isEmpty();
            }
            if (only.isEmpty() || parts.contains("dashboard")) {
                var enrolled = EnrollmentData.fill(dataSource, cohortIds, SEED);
                var dashboardStarted = System.nanoTime();
                var filled = DashboardData.fill(dataSource, cohortIds, LocalDate.now(ZoneId.of("Europe/London")), SEED);
                // The fill writes learners and marks with JDBC batches, around the services that keep the dashboard's
                // figures.
                var recountStarted = System.nanoTime();
                context.getBean(LearnerService.class).recountStatuses();
                context.getBean(SessionRosterService.class).recountAttendance();
                System.out.printf(
                        Locale.ROOT,
                        "Dashboard figures recounted from the raw rows in %.0f ms%n",
                        millis(System.nanoTime() - recountStarted));
                analyze(dataSource);
                var problems = new StringBuilder();
                var text = String.format(
                                Locale.ROOT,
                                "Learners: %,d in %d cohorts; places: %,d; occurrences: %,d; attendance rows: %,d; "
                                        + "assessments: %,d (sessions, attendance and assessments filled in %.0f ms)%n",
                                learners,
                                cohortIds.size(),
                                enrolled.enrollments(),
                                filled.occurrences(),
                                filled.attendance(),
                                filled.assessments(),
                                millis(System.nanoTime() - dashboardStarted))
                        + DashboardBenchmark.run(context, database, problems, dashboardRuns);
                report("dashboard", postgres, text);
                failed |= problems.length() > 0;
            }
            if (failed) {
                System.exit(1);
            }
        }
    }

    /** The benchmark's cohorts of a reused database, in intake order (none in a fresh one). */
    static List<Long> existingCohorts(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select id from cohort where intake_year between " + BenchmarkData.FIRST_INTAKE + " and "
                                + (BenchmarkData.FIRST_INTAKE + BenchmarkData.COHORTS - 1) + " order by intake_year")) {
            var ids = new ArrayList<Long>();
            while (rows.next()) ids.add(rows.getLong(1));
            return ids;
        }
    }

    static ConfigurableApplicationContext start(boolean postgres, boolean reuse, List<String> extra)
            throws IOException {
        var args = new ArrayList<>(List.of(
                "--spring.profiles.active=prod",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--spring.jpa.properties.hibernate.generate_statistics=true",
                "--COHORTDESK_ADMIN_USERNAME=" + ADMIN,
                "--COHORTDESK_ADMIN_EMAIL=benchmark@example.org",
                "--COHORTDESK_ADMIN_PASSWORD=benchmark-password"));
        if (postgres) {
            args.add("--spring.datasource.url="
                    + env("COHORTDESK_BENCH_PG_URL", "jdbc:postgresql://localhost:5432/cohortdesk_bench"));
            args.add("--spring.datasource.username=" + env("COHORTDESK_BENCH_PG_USER", "cohortdesk"));
            args.add("--spring.datasource.password=" + env("COHORTDESK_BENCH_PG_PASSWORD", "cohortdesk"));
        } else {
            if (!reuse)
                for (var suffix : List.of(".mv.db", ".trace.db"))
                    Files.deleteIfExists(OUTPUT.resolve("roster" + suffix));
            args.add("--spring.datasource.url=jdbc:h2:file:"
                    + OUTPUT.toAbsolutePath().resolve("roster") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        args.addAll(extra);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new StatementCounter()))
                .run(args.toArray(String[]::new));
    }

    private static Report run(
            ConfigurableApplicationContext context,
            DataSource dataSource,
            List<RosterCase> warmUps,
            List<RosterCase> cases)
            throws SQLException {
        var service = context.getBean(LearnerService.class);
        var report = new Report(cases.size());
        try (var connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            for (var warmUp : warmUps) {
                try {
                    service.roster(warmUp.filter(), warmUp.page());
                    RawRoster.fetch(connection, warmUp);
                } catch (RuntimeException | SQLException e) {
                    throw new IllegalStateException("Failed: " + warmUp.label(), e);
                }
            }
            // Alternately first, so that neither side always finds the pages the other just read in the cache.
            for (int i = 0; i < cases.size(); i++) {
                var rosterCase = cases.get(i);
                List<LearnerRow> raw = null;
                long rawTime = 0;
                var collections = gcCount();
                if (i % 2 == 1) {
                    var t1 = System.nanoTime();
                    raw = RawRoster.fetch(connection, rosterCase);
                    rawTime = System.nanoTime() - t1;
                }
                var statements = StatementCounter.count();
                var t0 = System.nanoTime();
                List<LearnerRow> rows;
                try {
                    rows = service.roster(rosterCase.filter(), rosterCase.page());
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Failed: " + rosterCase.label(), e);
                }
                var serviceTime = System.nanoTime() - t0;
                var queries = StatementCounter.count() - statements;
                if (raw == null) {
                    var t1 = System.nanoTime();
                    raw = RawRoster.fetch(connection, rosterCase);
                    rawTime = System.nanoTime() - t1;
                }
                report.add(
                        rosterCase, serviceTime, rawTime, queries, ids(rows).equals(ids(raw)), gcCount() > collections);
            }
        }
        return report;
    }

    /** Garbage collections so far (all collectors): a pair of fetches during which one ran is timed with its pause. */
    private static long gcCount() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static List<Long> ids(List<LearnerRow> rows) {
        return rows.stream().map(LearnerRow::id).toList();
    }

    /** Prints a part's report and writes it to target/benchmark/{part}-benchmark[-postgres].txt. */
    private static void report(String part, boolean postgres, String text) throws IOException {
        System.out.println(text);
        var file = OUTPUT.resolve(part + "-benchmark" + (postgres ? "-postgres" : "") + ".txt");
        Files.writeString(file, text);
        System.out.println("Written to " + file);
    }

    static void analyze(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    /** Every 997th learner's name and email, the pool the text searches are drawn from. */
    private static List<String[]> sampleLearners(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select full_name, email from learner where mod(id, 997) = 0 order by id")) {
            var sample = new ArrayList<String[]>();
            while (rows.next()) sample.add(new String[] {rows.getString(1), rows.getString(2)});
            return sample;
        }
    }

    static void signInAsAdmin(ConfigurableApplicationContext context) {
        var admin = context.getBean(UserDetailsService.class).loadUserByUsername(ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The measured fetches and what they found. */
    static final class Report {

        private final Timings service;
        private final Timings raw;
        private final Timings quietService;
        private final Timings quietRaw;
        private final List<String> problems = new ArrayList<>();
        private final List<Object[]> slowest = new ArrayList<>();
        private final Map<String, List<long[]>> combinations = new TreeMap<>();
        private long maxQueries;
        private long totalQueries;
        private int fetches;

        Report(int capacity) {
            service = new Timings(capacity);
            quietService = new Timings(capacity);
            quietRaw = new Timings(capacity);
            raw = new Timings(capacity);
        }

        void add(
                RosterCase rosterCase,
                long serviceNanos,
                long rawNanos,
                long queries,
                boolean sameRows,
                boolean collected) {
            service.add(serviceNanos);
            raw.add(rawNanos);
            if (!collected) {
                quietService.add(serviceNanos);
                quietRaw.add(rawNanos);
            }
            fetches++;
            totalQueries += queries;
            maxQueries = Math.max(maxQueries, queries);
            if (queries != 1) problems.add(queries + " statements for " + rosterCase.label());
            if (!sameRows) problems.add("service and raw SQL rows differ for " + rosterCase.label());
            slowest.add(new Object[] {millis(serviceNanos), millis(rawNanos), rosterCase.label()});
            combinations
                    .computeIfAbsent(rosterCase.combination(), k -> new ArrayList<>())
                    .add(new long[] {serviceNanos, rawNanos});
        }

        List<String> problems() {
            return problems;
        }

        String render(String database, int learners, int cohorts, double contextMillis, double fillMillis) {
            var out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "Roster benchmark on %s: %,d learners in %d cohorts, %d page fetches of %d "
                            + "(after %d warm-up fetches)%n",
                    database,
                    learners,
                    cohorts,
                    fetches,
                    RosterCase.PAGE_SIZE,
                    WARM_UP));
            out.append(String.format(
                    Locale.ROOT,
                    "Start (Flyway schema): %.0f ms; fill (JDBC batches + analyze): %.0f ms%n",
                    contextMillis,
                    fillMillis));
            out.append(String.format(
                    Locale.ROOT,
                    "Machine: %d cores, load average %s%n%n",
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage()));
            out.append(
                    String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "max ms", "mean ms"));
            comparison(out, service, raw);
            out.append(String.format(
                    Locale.ROOT,
                    "Without the %d pairs of fetches during which a garbage collection ran (its pause lands on"
                            + " either side):%n",
                    fetches - quietService.size()));
            comparison(out, quietService, quietRaw);
            out.append(String.format(
                    Locale.ROOT,
                    "Statements per fetch: %.2f on average, %d at most (no count query, no N+1)%n",
                    (double) totalQueries / fetches,
                    maxQueries));
            out.append("\nSlowest service fetches (service ms / raw ms):\n");
            slowest.stream()
                    .sorted(Comparator.comparingDouble((Object[] s) -> (double) s[0])
                            .reversed())
                    .limit(5)
                    .forEach(s -> out.append(String.format(Locale.ROOT, "  %6.1f / %6.1f  %s%n", s[0], s[1], s[2])));
            out.append(
                    "\nPer combination (filter | sort column), slowest p95 first: fetches, service p95 / max, raw SQL p95 / max (ms)\n");
            combinations.entrySet().stream()
                    .map(e -> {
                        var service = new Timings(e.getValue().size());
                        var raw = new Timings(e.getValue().size());
                        e.getValue().forEach(t -> {
                            service.add(t[0]);
                            raw.add(t[1]);
                        });
                        return new Object[] {e.getKey(), e.getValue().size(), service, raw};
                    })
                    .sorted(Comparator.comparingDouble((Object[] c) -> ((Timings) c[2]).percentile(95))
                            .reversed())
                    .forEach(c -> out.append(String.format(
                            Locale.ROOT,
                            "  %-40s %3d  %7.1f / %7.1f   %7.1f / %7.1f%n",
                            c[0],
                            c[1],
                            ((Timings) c[2]).percentile(95),
                            ((Timings) c[2]).max(),
                            ((Timings) c[3]).percentile(95),
                            ((Timings) c[3]).max())));
            out.append(
                    problems.isEmpty() ? "\nNo problems.\n" : "\nPROBLEMS:\n  " + String.join("\n  ", problems) + "\n");
            return out.toString();
        }

        static String loadAverage() {
            try {
                return String.join(
                        " ",
                        List.of(Files.readString(Path.of("/proc/loadavg")).split(" "))
                                .subList(0, 3));
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }

        /** The service's and the raw SQL's p50/p95/max/mean, and the ratio of their p95. */
        private static void comparison(StringBuilder out, Timings service, Timings raw) {
            row(out, "LearnerService.roster", service);
            row(out, "raw SQL (JDBC)", raw);
            out.append(String.format(
                    Locale.ROOT,
                    "Ratio p95 service / p95 raw SQL: %.2f%n",
                    service.percentile(95) / raw.percentile(95)));
        }

        static void row(StringBuilder out, String name, Timings timings) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-26s %8.1f %8.1f %8.1f %8.1f%n",
                    name,
                    timings.percentile(50),
                    timings.percentile(95),
                    timings.max(),
                    timings.mean()));
        }
    }
}
