package com.cohortdesk.benchmark;

import com.cohortdesk.learner.ImportFiles;
import com.cohortdesk.learner.ImportProgress;
import com.cohortdesk.learner.LearnerImportService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A CSV import into a cohort of the full data set (run by {@code scripts/benchmark.sh}, part {@code import}; not a
 * test): 10,000 new learners, checked ({@link LearnerImportService#preview}: the file and its emails against the
 * learners already there) and imported ({@link LearnerImportService#importLearners}: JDBC batches into the learner
 * table and its indexes, the search words, the status history, the audit trail and the dashboard's counts, in one
 * transaction). Each run's transaction is rolled back, so the data set stays as it was and every run imports into the
 * same table; the commit itself is not timed.
 */
final class ImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int RUNS = 3;
    private static final int WARM_UP = 1;

    private ImportBenchmark() {}

    /** The report; {@code problems} gets a line when a run did not import every row. */
    static String run(
            ConfigurableApplicationContext context,
            String database,
            int learners,
            List<Long> cohortIds,
            StringBuilder problems) {
        var imports = context.getBean(LearnerImportService.class);
        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var file = ImportFiles.csv(ROWS, "@import-benchmark.example").getBytes(StandardCharsets.UTF_8);
        long cohortId = cohortIds.getLast();
        long[] checks = new long[RUNS];
        long[] writes = new long[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            int slot = run;
            transactions.executeWithoutResult(status -> {
                long started = System.nanoTime();
                var preview = imports.preview(cohortId, file);
                long checked = System.nanoTime();
                var summary = imports.importLearners(cohortId, file, ImportProgress.NONE);
                long written = System.nanoTime();
                status.setRollbackOnly();
                if (!preview.isClean() || summary.imported() != ROWS)
                    problems.append("import: ")
                            .append(summary.imported())
                            .append(" of ")
                            .append(ROWS)
                            .append(" rows\n");
                if (slot >= 0) {
                    checks[slot] = checked - started;
                    writes[slot] = written - checked;
                }
            });
        }
        return String.format(
                Locale.ROOT,
                "CSV import on %s: %,d learners into one cohort of a table of %,d learners, %d runs after %d warm-up, each rolled"
                        + " back; median / max ms%n  check (preview)   %8.0f / %8.0f%n  import            %8.0f / %8.0f"
                        + "   (%,.0f learners a second at the median)%n",
                database,
                ROWS,
                learners,
                RUNS,
                WARM_UP,
                median(checks),
                max(checks),
                median(writes),
                max(writes),
                ROWS / (median(writes) / 1000));
    }

    private static double median(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
