package com.cohortdesk.notice;

import com.cohortdesk.Application;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notice benchmark (scripts/notice-benchmark.sh; not part of ./mvnw verify). On a fresh in-memory H2
 * database with the app's schema: one cohort of 10,000 learners holding places in 3 offerings of 10 deadlines
 * each (30 deadlines per learner, due over a 16-week term). Runs the planner as the app does (the whole horizon
 * every 6 hours, 8 days ahead every 5 minutes, each run queueing into the outbox what is due within 8 days): the
 * first run plans the whole term (140 days: 72 h and 24 h before each deadline, 600,000 rows in reminder_plan), then
 * the whole term again (nothing new), a 5-minute run, the run a week later (which queues the term's first week) and a
 * whole-term run after it. Then dispatches 2,000 notices to an embedded GreenMail server. Prints each figure as it is
 * measured, with the
 * load average (the machine is shared) and each run's CPU time.
 */
public final class NoticeBenchmark {

    public static void main(String[] args) throws Exception {
        int learners = intArg(args, "--learners=", 10_000);
        int dispatch = intArg(args, "--dispatch=", 2_000);
        var smtp = new GreenMail(new ServerSetup(3029, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("prod")
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:notice-bench;DB_CLOSE_DELAY=-1",
                        "--cohortdesk.notices.jobs=false",
                        "--COHORTDESK_ADMIN_USERNAME=bench",
                        "--COHORTDESK_ADMIN_EMAIL=bench@cohortdesk.example",
                        "--COHORTDESK_ADMIN_PASSWORD=benchmark-password-long",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=3029",
                        "--cohortdesk.clock.fixed=2026-09-28T00:00:00Z",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn",
                        "--server.port=0")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var load = loadAverage();
            var termStart = Instant.parse("2026-10-05T09:00:00Z");
            long fill = System.nanoTime();
            fill(jdbc, learners, termStart);
            var fillMs = (System.nanoTime() - fill) / 1_000_000;
            var planner = context.getBean(ReminderPlanner.class);
            var now = Instant.parse("2026-09-28T00:00:00Z");
            System.out.printf(
                    Locale.UK,
                    "%nNotice benchmark (H2 in memory, %d learners x 30 deadlines; fill %d ms)%n  load average at the start: %s%n",
                    learners,
                    fillMs,
                    load);
            // what the app runs: every 6 hours the whole horizon (cohortdesk.notices.planning-horizon, 140 days), every
            // 5
            // minutes the queue-ahead window (cohortdesk.notices.queue-ahead, 8 days); each run queues into the outbox
            // what
            // is due within the queue-ahead window
            System.out.println("  the app's runs (the whole term every 6 hours, 8 days every 5 minutes; each queues"
                    + " what is due within 8 days into the outbox):");
            var term = timed(() -> planner.plan(now, Duration.ofDays(140), Duration.ofDays(8)));
            System.out.printf(
                    Locale.UK,
                    "    first run, 28 Sep (the whole term):        %s  goal < 10,000 ms: %s%n",
                    term,
                    term.ms < 10_000 ? "met" : "missed");
            System.out.printf(
                    Locale.UK,
                    "    the whole term again (nothing new):        %s%n",
                    timed(() -> planner.plan(now, Duration.ofDays(140), Duration.ofDays(8))));
            System.out.printf(
                    Locale.UK,
                    "    5 minutes later (8 days, nothing new):     %s%n",
                    timed(() -> planner.plan(now.plus(Duration.ofMinutes(5)), Duration.ofDays(8), Duration.ofDays(8))));
            System.out.printf(
                    Locale.UK,
                    "    a week later (8 days; queues the first week): %s%n",
                    timed(() -> planner.plan(now.plus(Duration.ofDays(7)), Duration.ofDays(8), Duration.ofDays(8))));
            System.out.printf(
                    Locale.UK,
                    "    then the whole term (nothing new):         %s%n",
                    timed(() -> planner.plan(now.plus(Duration.ofDays(7)), Duration.ofDays(140), Duration.ofDays(8))));
            var dispatcher = context.getBean(NoticeDispatcher.class);
            var rows = new ArrayList<Object[]>();
            var at = Timestamp.from(now);
            for (int i = 0; i < dispatch; i++) {
                rows.add(new Object[] {
                    "bench-" + i + "@learners.example.org",
                    "Learner " + i,
                    "Benchmark notice " + i,
                    "Dear learner " + i + ",\n\nA benchmark notice.\n",
                    "<p>Dear learner " + i + ",</p><p>A benchmark notice.</p>",
                    Notice.newMessageId(),
                    at,
                    at
                });
            }
            jdbc.batchUpdate("""
                    insert into notice (kind, recipient_email, recipient_name, recipient_zone, subject, body_text, body_html, cause_type,
                        status, tries, message_id, next_attempt_at, created_at, version)
                    values ('PERSONAL_LINK', ?, ?, 'Europe/London', ?, ?, ?, 'BENCH', 'PENDING', 0, ?, ?, ?, 0)
                    """, rows);
            long t2 = System.nanoTime();
            var sent = dispatcher.dispatchAll();
            var dispatchMs = (System.nanoTime() - t2) / 1_000_000;
            var received = smtp.getReceivedMessages().length;

            System.out.printf(
                    Locale.UK,
                    """
                      dispatch to GreenMail:  %,d notices in %,d ms (%,.0f per second, %d per SMTP connection); received %,d
                      load average at the end: %s
                    %n""",
                    sent,
                    dispatchMs,
                    sent * 1000.0 / Math.max(1, dispatchMs),
                    NoticeDispatcher.BATCH,
                    received,
                    loadAverage());
        } finally {
            smtp.stop();
        }
    }

    /** One cohort, 3 offerings with 10 deadlines each, every learner enrolled in all three. */
    static void fill(JdbcTemplate jdbc, int learners, Instant termStart) {
        jdbc.update("insert into cohort (name, intake_year, status, version) values ('Bench 2026', 2090, 'ACTIVE', 0)");
        long cohort = jdbc.queryForObject("select id from cohort where intake_year = 2090", Long.class);
        var batch = new ArrayList<Object[]>();
        for (int i = 0; i < learners; i++) {
            batch.add(new Object[] {
                cohort,
                "Bench Learner " + i,
                "bench.learner." + i + "@learners.example.org",
                i % 3 == 0 ? "NZ" : "GB",
                i % 3 == 0 ? "Pacific/Auckland" : "Europe/London"
            });
        }
        for (int from = 0; from < batch.size(); from += 5000) {
            jdbc.batchUpdate("""
                    insert into learner (cohort_id, full_name, email, country, time_zone, status, cohort_name, version)
                    values (?, ?, ?, ?, ?, 'ACTIVE', 'Bench 2026', 0)""", batch.subList(from, Math.min(batch.size(), from + 5000)));
        }
        for (int m = 0; m < 3; m++) {
            jdbc.update(
                    "insert into programme_module (code, title, version) values (?, ?, 0)",
                    "BENCH" + m,
                    "Benchmark module " + m);
            long module =
                    jdbc.queryForObject("select id from programme_module where code = ?", Long.class, "BENCH" + m);
            jdbc.update(
                    "insert into offering (cohort_id, module_id, term_no, part_no, ects, parts, version) values (?, ?, 1, 1, 5, 1, 0)",
                    cohort,
                    module);
            long offering = jdbc.queryForObject("select id from offering where module_id = ?", Long.class, module);
            jdbc.update("""
                    insert into enrollment (learner_id, offering_id, status, version)
                    select id, ?, 'ENROLLED', 0 from learner where cohort_id = ?""", offering, cohort);
            for (int a = 0; a < 10; a++) {
                var due = termStart.plus(Duration.ofDays(7L + a * 10 + m * 2));
                jdbc.update("""
                        insert into assessment (offering_id, kind, title, weight, release_at, due_at, entry_zone, version)
                        values (?, 'COURSEWORK', ?, 10, ?, ?, 'Europe/London', 0)""", offering, "Bench " + m + "." + a, Timestamp.from(termStart), Timestamp.from(due));
            }
        }
    }

    /** One planning run: rows added, wall-clock time, and the CPU time of this thread (the embedded H2 runs in it). */
    record Timed(int planned, int queued, long ms, long cpuMs, long gcMs) {
        @Override
        public String toString() {
            return String.format(
                    Locale.UK,
                    "%,8d planned, %,8d queued in %,7d ms (CPU %,7d ms, GC %,6d ms)",
                    planned,
                    queued,
                    ms,
                    cpuMs,
                    gcMs);
        }
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
    }

    static Timed timed(Supplier<ReminderPlanner.Planned> run) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long gc = gcMillis();
        long t = System.nanoTime();
        var planned = run.get();
        return new Timed(
                planned.plannedAhead(),
                planned.total(),
                (System.nanoTime() - t) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                gcMillis() - gc);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static int intArg(String[] args, String prefix, int fallback) {
        for (var a : args) if (a.startsWith(prefix)) return Integer.parseInt(a.substring(prefix.length()));
        return fallback;
    }
}
