package com.cohortdesk.benchmark;

import com.cohortdesk.calendar.CalendarFeedService;
import com.cohortdesk.calendar.FeedBreakdown;
import com.cohortdesk.calendar.FeedSubject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The calendar feeds under load (issue 12; not part of the test suite, run it with scripts/feed-benchmark.sh):
 * on the 100,000-learner data set with its ≈1.2 million places ({@link BenchmarkData}, {@link EnrollmentData})
 * plus {@link FeedData} (a cohort of 150 learners with sessions and deadlines; the measured learner holds 12
 * offerings), issues a learner and a cohort feed link through {@link CalendarFeedService}, copies each feed's
 * bytes into a static file served by the same application under the same (feed) security chain, and runs
 * {@code wrk} (HTTP/1.1, 16 connections, bounded in time) against 127.0.0.1: the static file, the feed's
 * 200 (full body) and its 304 (If-None-Match with the ETag). Prints requests/s, latency percentiles, the ratio
 * 200/static, the goals, and where the time of one request goes ({@link FeedBreakdown}).
 *
 * <p>Arguments: {@code --reuse} keeps the H2 database of the last run (of this or scripts/benchmark.sh) and fills
 * only what is missing; {@code --learners=N} (a smaller data set, fresh databases only); {@code --duration=S}
 * (about how many seconds each measured run lasts, default 20), {@code --warm-up=S} (default 5), {@code --connections=N} (default 16);
 * {@code --spring.*}/{@code --logging.*} go to the application.
 */
public final class FeedBenchmark {

    private static final long SEED = 20261125L;
    private static final Path OUTPUT = Path.of("target", "feed-bench");

    static final double GOAL_RATIO = 0.25;
    static final double GOAL_NOT_MODIFIED = 2_000;
    static final double GOAL_P95 = 20;

    private FeedBenchmark() {}

    /** One load run: what wrk reported (latencies in ms). */
    record Run(
            String name,
            double requestsPerSecond,
            long done,
            long succeeded,
            long ok,
            long notModified,
            long errors,
            double p50,
            double p95,
            double p99,
            double max,
            String loadAverage) {}

    public static void main(String[] args) throws Exception {
        var list = List.of(args);
        var reuse = list.contains("--reuse");
        var learners = intArg(list, "--learners=", 100_000);
        var duration = intArg(list, "--duration=", 20);
        var warmUp = intArg(list, "--warm-up=", 5);
        var connections = intArg(list, "--connections=", 16);
        var staticRoot = OUTPUT.resolve("static").toAbsolutePath();
        Files.createDirectories(staticRoot.resolve("ical").resolve("bench"));
        try (var old = Files.list(OUTPUT)) { // the load tool's output of an earlier run
            for (var file : old.filter(
                            f -> f.toString().endsWith(".out") || f.toString().endsWith(".log"))
                    .toList()) Files.delete(file);
        }
        var springArgs = new ArrayList<>(list.stream()
                .filter(a -> a.startsWith("--logging.") || a.startsWith("--spring."))
                .toList());
        // the feed's bytes as a static file at /ical/bench/*.ics: served by Spring MVC's resource handler under the
        // feed's own
        // (stateless, permit-all) security chain, so that both go through the same filters
        springArgs.add("--spring.web.resources.static-locations=file:" + staticRoot
                + "/,classpath:/META-INF/resources/," + "classpath:/resources/,classpath:/static/,classpath:/public/");
        springArgs.add("--server.address=127.0.0.1");
        var started = System.nanoTime();
        try (var context = RosterBenchmark.start(false, reuse, springArgs)) {
            var out = new StringBuilder();
            var dataSource = context.getBean(DataSource.class);
            var fillStarted = System.nanoTime();
            var cohortIds = reuse ? RosterBenchmark.existingCohorts(dataSource) : List.<Long>of();
            if (cohortIds.isEmpty()) cohortIds = BenchmarkData.fill(dataSource, learners, SEED);
            var enrolled = EnrollmentData.fill(dataSource, cohortIds, SEED);
            var subjects = FeedData.fill(dataSource, LocalDate.now());
            RosterBenchmark.analyze(dataSource);
            var fillTime = RosterBenchmark.millis(System.nanoTime() - fillStarted);
            var counts = counts(dataSource);
            out.append(String.format(
                    Locale.ROOT,
                    "Feed benchmark on H2 (file), profile prod: %,d learners in %,d cohorts, %,d offerings, %,d places, "
                            + "%,d session occurrences, %,d assessments%n",
                    counts[0],
                    counts[1],
                    counts[2],
                    counts[3],
                    counts[4],
                    counts[5]));
            out.append(String.format(
                    Locale.ROOT,
                    "Start + fill (%s): %.0f s (fill %.0f s; %,d places in all)%n",
                    reuse ? "reused database, only what was missing" : "fresh database",
                    RosterBenchmark.millis(System.nanoTime() - started) / 1000,
                    fillTime / 1000,
                    enrolled.enrollments()));
            out.append(String.format(
                    Locale.ROOT,
                    "Measured: learner %d (12 offerings) and cohort \"%s\" (%d learners, %d offerings, %,d "
                            + "occurrences, %d assessments)%n",
                    subjects.learnerId(),
                    FeedData.COHORT,
                    FeedData.LEARNERS,
                    subjects.offerings(),
                    subjects.occurrences(),
                    subjects.assessments()));

            RosterBenchmark.signInAsAdmin(context);
            var feeds = context.getBean(CalendarFeedService.class);
            var learnerToken =
                    feeds.issue(FeedSubject.LEARNER, subjects.learnerId()).token();
            var cohortToken =
                    feeds.issue(FeedSubject.COHORT, subjects.cohortId()).token();
            SecurityContextHolder.clearContext();
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
            var base = "http://127.0.0.1:" + port;
            var urls = base + "/ical/" + learnerToken + ".ics\n" + base + "/ical/" + cohortToken + ".ics\n";
            Files.writeString(OUTPUT.resolve("feed-urls.txt"), urls);
            out.append("Feed URLs (valid while this run's database lives): ")
                    .append(OUTPUT.resolve("feed-urls.txt"))
                    .append('\n');
            out.append(String.format(
                    Locale.ROOT,
                    "Load: wrk (HTTP/1.1 keep-alive), %d connections, 1 client thread, 127.0.0.1; per run %d s of "
                            + "warm-up, then %d s measured%n",
                    connections,
                    warmUp,
                    duration));

            var runs = new ArrayList<Run>();
            var goals = new ArrayList<String>();
            var breakdowns = new StringBuilder();
            var problems = new ArrayList<String>();
            var client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            for (var subject : List.of(new String[] {"learner", learnerToken}, new String[] {"cohort", cohortToken})) {
                var name = subject[0];
                var feedUrl = base + "/ical/" + subject[1] + ".ics";
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(feedUrl))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200)
                    throw new IllegalStateException(name + " feed answered " + response.statusCode());
                var etag = response.headers().firstValue("ETag").orElseThrow();
                var body = response.body();
                Files.write(staticRoot.resolve("ical/bench/" + name + ".ics"), body);
                var staticUrl = base + "/ical/bench/" + name + ".ics";
                var copy = client.send(
                        HttpRequest.newBuilder(URI.create(staticUrl))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (copy.statusCode() != 200 || !Arrays.equals(copy.body(), body)) {
                    throw new IllegalStateException("The static copy at " + staticUrl + " answered " + copy.statusCode()
                            + " with " + copy.body().length + " bytes, not the feed's " + body.length);
                }
                var events = new String(body, StandardCharsets.UTF_8).split("BEGIN:VEVENT", -1).length - 1;
                out.append(String.format(
                        Locale.ROOT, "%s feed: %,d bytes, %d events, ETag %s%n", name, body.length, events, etag));

                var conditional = client.send(
                        HttpRequest.newBuilder(URI.create(feedUrl))
                                .header("If-None-Match", etag)
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (conditional.statusCode() != 304)
                    throw new IllegalStateException(name + " feed with its ETag answered " + conditional.statusCode());
                var staticRun = load(name + " static file", staticUrl, null, connections, duration, warmUp);
                var full = load(name + " feed 200", feedUrl, null, connections, duration, warmUp);
                var notModified = load(name + " feed 304", feedUrl, etag, connections, duration, warmUp);
                runs.addAll(List.of(staticRun, full, notModified));
                var ratio = full.requestsPerSecond() / staticRun.requestsPerSecond();
                goals.add(goal(
                        String.format(Locale.ROOT, "%s 200/static = %.3f (goal >= %.2f)", name, ratio, GOAL_RATIO),
                        ratio >= GOAL_RATIO));
                goals.add(goal(
                        String.format(
                                Locale.ROOT,
                                "%s 304 = %,.0f req/s (goal >= %,.0f)",
                                name,
                                notModified.requestsPerSecond(),
                                GOAL_NOT_MODIFIED),
                        notModified.requestsPerSecond() >= GOAL_NOT_MODIFIED));
                for (var run : List.of(full, notModified)) {
                    goals.add(goal(
                            String.format(
                                    Locale.ROOT, "%s p95 = %.1f ms (goal <= %.0f)", run.name(), run.p95(), GOAL_P95),
                            run.p95() <= GOAL_P95));
                }
                for (var run : List.of(staticRun, full, notModified)) {
                    if (run.errors() > 0)
                        problems.add(run.name() + ": " + run.errors() + " requests failed or got an unexpected status");
                }
                breakdowns.append(name).append(" feed:\n").append(FeedBreakdown.measure(context, subject[1], 10));
            }
            out.append(String.format(
                    Locale.ROOT,
                    "%n%-22s %9s %9s %7s %7s %7s %7s %7s  %s%n",
                    "",
                    "req/s",
                    "requests",
                    "non-ok",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "max ms",
                    "load average"));
            for (var run : runs) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-22s %9.0f %9d %7d %7.1f %7.1f %7.1f %7.1f  %s%n",
                        run.name(),
                        run.requestsPerSecond(),
                        run.done(),
                        run.errors(),
                        run.p50(),
                        run.p95(),
                        run.p99(),
                        run.max(),
                        run.loadAverage()));
            }
            out.append(String.format(
                    Locale.ROOT,
                    "%nRatio 200/static: learner %.3f, cohort %.3f%n",
                    runs.get(1).requestsPerSecond() / runs.get(0).requestsPerSecond(),
                    runs.get(4).requestsPerSecond() / runs.get(3).requestsPerSecond()));
            out.append("\nGoals:\n");
            goals.forEach(g -> out.append("  ").append(g).append('\n'));
            out.append("\nWhere the time of one request goes:\n").append(breakdowns);
            out.append(String.format(
                    Locale.ROOT,
                    "%nMachine: %d cores, load average %s (other work shares it; the figures are noisy)%n",
                    Runtime.getRuntime().availableProcessors(),
                    RosterBenchmark.Report.loadAverage()));
            System.out.println(out);
            var file = OUTPUT.resolve("feed-benchmark.txt");
            Files.writeString(file, out);
            System.out.println("Written to " + file);
            if (!problems.isEmpty()) {
                System.out.println("PROBLEMS:\n  " + String.join("\n  ", problems));
                System.exit(1);
            }
        }
    }

    private static String goal(String text, boolean met) {
        return (met ? "met     " : "MISSED  ") + text;
    }

    /** wrk's report of a run, one line (latencies in microseconds). */
    private static final String REPORT = """
            done = function(summary, latency, requests)
              io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
                latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
            end
            """;

    private static final Pattern RESULT = Pattern.compile("RESULT((?: \\d+){11})");

    /**
     * One load run with wrk, bounded in time: a warm-up of {@code warmUp} seconds, then {@code seconds} measured
     * (-d); a wrk still running a minute after that is killed. (h2load 1.52 counts every response of Tomcat, whose
     * status line has no reason phrase, as failed.)
     */
    static Run load(String name, String url, String etag, int connections, int seconds, int warmUp)
            throws IOException, InterruptedException {
        var file = name.replace(' ', '-');
        wrk(file + "-warm-up", url, etag, connections, warmUp);
        var load = RosterBenchmark.Report.loadAverage();
        var r = wrk(file, url, etag, connections, seconds);
        long requests = r[0];
        long errors = r[2] + r[3] + r[4] + r[5] + r[6];
        return new Run(
                name,
                requests / (r[1] / 1_000_000.0),
                requests,
                requests - errors,
                etag == null ? requests - errors : 0,
                etag == null ? 0 : requests - errors,
                errors,
                r[7] / 1000.0,
                r[8] / 1000.0,
                r[9] / 1000.0,
                r[10] / 1000.0,
                load);
    }

    /** Runs wrk for {@code seconds}; returns requests, duration (µs), errors (connect, read, write, status, timeout), p50, p95, p99, max (µs). */
    private static long[] wrk(String file, String url, String etag, int connections, int seconds)
            throws IOException, InterruptedException {
        var script = OUTPUT.resolve("report.lua").toAbsolutePath();
        Files.writeString(script, REPORT);
        var output = OUTPUT.resolve(file + ".out").toAbsolutePath();
        var command = new ArrayList<>(List.of(
                "wrk",
                "-t",
                "1",
                "-c",
                String.valueOf(connections),
                "-d",
                seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                "-H",
                "User-Agent: feed-benchmark (wrk)"));
        if (etag != null) command.addAll(List.of("-H", "If-None-Match: " + etag));
        command.add(url);
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk outlived its " + seconds + " s: " + file);
        }
        var text = Files.readString(output);
        var result = RESULT.matcher(text);
        if (!result.find()) throw new IllegalStateException("Unexpected wrk output:\n" + text);
        return Arrays.stream(result.group(1).strip().split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    private static long[] counts(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("select (select count(*) from learner), (select count(*) from cohort), "
                                + "(select count(*) from offering), (select count(*) from enrollment), (select count(*) from session_occurrence), "
                                + "(select count(*) from assessment)")) {
            rows.next();
            var result = new long[6];
            for (int i = 0; i < 6; i++) result[i] = rows.getLong(i + 1);
            return result;
        }
    }

    private static int intArg(List<String> args, String prefix, int fallback) {
        return args.stream()
                .filter(a -> a.startsWith(prefix))
                .findFirst()
                .map(a -> Integer.parseInt(a.substring(prefix.length())))
                .orElse(fallback);
    }
}
