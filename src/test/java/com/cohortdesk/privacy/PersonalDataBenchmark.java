package com.cohortdesk.privacy;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.IntFunction;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Personal data page's list of learners due for erasure at scale (run by {@code scripts/benchmark.sh}, part
 * {@code privacy}; not a test): the page reads it a page of 50 at a time when more than 50 are due
 * ({@link PrivacyService#dueForErasure(int, int, int)}), and the retention job reads it whole
 * ({@link PrivacyService#dueForErasure(int)}). Each is timed next to the same SQL through {@link JdbcTemplate} alone (no
 * transaction, no method security, no rows built), alternately first.
 *
 * <p>The benchmark's learners have no end day: first every graduated or withdrawn one gets the 30 September three
 * years after their cohort's intake (as Flyway V67 derives it from the status history), so that the learners of the
 * older cohorts are due. Then the same after years of retention runs: 70 % of those due are marked erased (erasure
 * clears the end day), timed again, and put back.
 */
public final class PersonalDataBenchmark {

    private static final int RUNS = 20;
    private static final int WARM_UP = 5;
    private static final int PAGE = 50;
    // The page's query, as PrivacyService reads it, for the raw-SQL side.
    private static final String RAW = PrivacyService.DUE + PrivacyService.DUE_ORDER;
    // Marks the learners this benchmark erases, so that it puts back exactly those.
    private static final OffsetDateTime ERASED_MARK = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    private PersonalDataBenchmark() {}

    /** The report; {@code problems} gets a line when the first page misses p95 ≤ 25 ms. */
    public static String run(ConfigurableApplicationContext context, String database, StringBuilder problems) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var privacy = context.getBean(PrivacyService.class);
        long started = System.nanoTime();
        int ended = jdbc.update("""
                update learner l set ended_on = (select cast((c.intake_year + 3) || '-09-30' as date) from cohort c
                                                 where c.id = l.cohort_id)
                where l.status in ('GRADUATED', 'WITHDRAWN') and l.ended_on is null and l.erased_at is null""");
        if (database.startsWith("PostgreSQL")) jdbc.execute("analyze learner");
        double setUp = (System.nanoTime() - started) / 1e6;
        if (database.startsWith("H2")) jdbc.execute("set optimize_reuse_results 0"); // as the dashboard's benchmark
        var today = LocalDate.ofInstant(context.getBean(Clock.class).instant(), ProgrammeTime.ZONE);
        var latestEnd = new RetentionPolicy(privacy.retentionPeriod()).latestEndDueBy(today);
        int due = privacy.dueForErasure(0).size();

        var cases = new LinkedHashMap<String, int[]>(); // name -> {offset, limit}; limit 0: the whole list
        cases.put("first page", new int[] {0, PAGE});
        cases.put("page at row 5,000", new int[] {Math.min(5_000, Math.max(0, due - PAGE)), PAGE});
        cases.put("middle page", new int[] {Math.max(0, due / 2 - PAGE), PAGE});
        cases.put("last page", new int[] {Math.max(0, due - PAGE), PAGE});
        cases.put("whole list (retention job)", new int[] {0, 0});

        var report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Personal data page on %s: %,d learners due for erasure (%,d end days set in %.0f ms); %d runs after %d "
                        + "warm-up, p50 / p95 / max ms%n",
                database,
                due,
                ended,
                setUp,
                RUNS,
                WARM_UP));
        time(cases, privacy, jdbc, latestEnd, report, problems, "");

        // After years of nightly retention runs most learners who ever left are erased: erasure clears their end day
        // (V75), so they must not sit in the due list's index range. The learners who left first (70 % of those due)
        // are marked erased as erasure marks them, timed again, and put back.
        var cutoff = jdbc.queryForObject(
                "select ended_on from (" + RAW + ") d offset ? rows fetch next 1 rows only",
                LocalDate.class,
                latestEnd,
                due * 7 / 10);
        int erased = jdbc.update(
                "update learner set erased_at = ?, ended_on = null where ended_on < ? and erased_at is null",
                ERASED_MARK,
                cutoff);
        try {
            if (database.startsWith("PostgreSQL")) jdbc.execute("analyze learner");
            int left = privacy.dueForErasure(0).size();
            var afterErasure = new LinkedHashMap<String, int[]>();
            afterErasure.put("first page", new int[] {0, PAGE});
            afterErasure.put("last page", new int[] {Math.max(0, left - PAGE), PAGE});
            afterErasure.put("whole list (retention job)", new int[] {0, 0});
            report.append(String.format(
                    Locale.ROOT,
                    "  after %,d of them are erased (end day cleared; ended before %s): %,d due%n",
                    erased,
                    cutoff,
                    left));
            time(afterErasure, privacy, jdbc, latestEnd, report, problems, " (after erasures)");
        } finally {
            jdbc.update("""
                    update learner l set erased_at = null,
                      ended_on = (select cast((c.intake_year + 3) || '-09-30' as date) from cohort c
                                  where c.id = l.cohort_id)
                    where l.erased_at = ?""", ERASED_MARK);
            if (database.startsWith("PostgreSQL")) jdbc.execute("analyze learner");
        }
        report.append(String.format(
                Locale.ROOT,
                "  goal (first page p95 <= 25 ms): %s%n",
                problems.indexOf("personal data first page") >= 0 ? "MISSED" : "met"));
        return report.toString();
    }

    /** Times each case, service and raw SQL alternately first, and adds a report line per case. */
    private static void time(
            LinkedHashMap<String, int[]> cases,
            PrivacyService privacy,
            JdbcTemplate jdbc,
            LocalDate latestEnd,
            StringBuilder report,
            StringBuilder problems,
            String state) {
        report.append(
                String.format(Locale.ROOT, "  %-30s %-26s %-26s%n", "", "PrivacyService", "raw SQL (JdbcTemplate)"));
        for (var entry : cases.entrySet()) {
            int offset = entry.getValue()[0];
            int limit = entry.getValue()[1];
            IntFunction<Integer> service = i -> limit == 0
                    ? privacy.dueForErasure(0).size()
                    : privacy.dueForErasure(0, offset, limit).size();
            IntFunction<Integer> raw = i -> limit == 0
                    ? jdbc.queryForList(RAW, latestEnd).size()
                    : jdbc.queryForList(RAW + " offset ? rows fetch next ? rows only", latestEnd, offset, limit)
                            .size();
            for (int i = 0; i < WARM_UP; i++) {
                service.apply(i);
                raw.apply(i);
            }
            long[] serviceTimes = new long[RUNS];
            long[] rawTimes = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                if (i % 2 == 0) {
                    serviceTimes[i] = time(service, i);
                    rawTimes[i] = time(raw, i);
                } else {
                    rawTimes[i] = time(raw, i);
                    serviceTimes[i] = time(service, i);
                }
            }
            int rows = service.apply(0);
            int rawRows = raw.apply(0);
            if (rows != rawRows)
                problems.append(entry.getKey())
                        .append(state)
                        .append(": service ")
                        .append(rows)
                        .append(" rows, raw SQL ")
                        .append(rawRows)
                        .append('\n');
            report.append(String.format(
                    Locale.ROOT,
                    "  %-30s %-26s %-26s%s%n",
                    entry.getKey() + (limit == 0 ? "" : " (offset " + String.format(Locale.ROOT, "%,d", offset) + ")"),
                    triple(serviceTimes),
                    triple(rawTimes),
                    String.format(Locale.ROOT, "  %,d rows", rows)));
            if (entry.getKey().equals("first page") && p(serviceTimes, 95) > 25)
                problems.append("personal data first page")
                        .append(state)
                        .append(" p95 ")
                        .append(p(serviceTimes, 95))
                        .append(" ms > 25 ms\n");
        }
    }

    private static long time(IntFunction<Integer> work, int i) {
        long t0 = System.nanoTime();
        work.apply(i);
        return System.nanoTime() - t0;
    }

    private static String triple(long[] nanos) {
        return String.format(Locale.ROOT, "%7.1f / %7.1f / %7.1f", p(nanos, 50), p(nanos, 95), p(nanos, 100));
    }

    private static double p(long[] nanos, double percentile) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
