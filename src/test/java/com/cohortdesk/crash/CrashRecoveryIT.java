package com.cohortdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.TestProfiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A crash loses nothing and keeps nothing half-done: the app runs in its own JVM (profile {@code prod},
 * from the test classpath with {@link CrashChild} as its main class, on an H2 file database in
 * {@code target/} or, with {@code -Dtest.db=postgres}, on a fresh PostgreSQL schema). While a 10,000-row
 * import and a bulk enrolment of 1,000 learners have written rows but not committed, the JVM is killed
 * (SIGKILL); the app is started again on the same database and must hold nothing of either. Three tries. On H2 each
 * start after a kill must have checked the file for what the crash left ({@code com.cohortdesk.database}).
 */
class CrashRecoveryIT {

    private static final int TRIES = 3;
    private static final long START_TIMEOUT_SECONDS = 420; // a child JVM took 160 s to start at load 26
    private static final String NOTHING =
            "importedLearners=0 importedSearchWords=0 places=0 placeHistory=0 offerings=0 " + "auditOfAbortedWork=0";

    private final Path dir = Path.of("target", "crash-" + (TestProfiles.onPostgres() ? "postgres" : "h2"))
            .toAbsolutePath();

    @Test
    void aKilledImportAndEnrollmentLeaveNothingBehind() throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        var database = databaseArguments();
        var observed = new ArrayList<String>();
        for (int run = 0; run < TRIES; run++) {
            int pauseAfterBatch = 2 + 7 * run; // 1,000, 4,500 and 8,000 rows written when the JVM dies
            try (var child = Child.start(dir, "crash", pauseAfterBatch, database, run)) {
                var before = child.await("CHECK ");
                observed.add("before try " + (run + 1) + ": " + before);
                if (run > 0) child.assertH2CheckedAfterTheCrash();
                child.await("IMPORT-UNDERWAY ");
                child.await("ENROL-UNDERWAY ");
                Thread.sleep(300L * run); // let the database's background writer store some of the open transactions
                child.kill();
            }
        }
        try (var child = Child.start(dir, "check", 0, database, TRIES)) {
            observed.add("after try " + TRIES + ": " + child.await("CHECK "));
            child.assertH2CheckedAfterTheCrash();
            assertThat(child.exitCode()).isZero();
        }
        System.out.println("Crash recovery on " + (TestProfiles.onPostgres() ? "PostgreSQL" : "H2") + ":\n  "
                + String.join("\n  ", observed));
        assertThat(observed).allSatisfy(line -> assertThat(line).endsWith(": " + NOTHING));
    }

    private List<String> databaseArguments() {
        var args = new ArrayList<String>();
        if (TestProfiles.onPostgres()) {
            var schema =
                    "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            args.add("--spring.datasource.url="
                    + System.getenv()
                            .getOrDefault("COHORTDESK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/cohortdesk_test")
                    + "?currentSchema=" + schema);
            args.add("--spring.flyway.schemas=" + schema);
            args.add("--spring.flyway.create-schemas=true");
            args.add("--spring.datasource.username="
                    + System.getenv().getOrDefault("COHORTDESK_TEST_PG_USER", "cohortdesk"));
            args.add("--spring.datasource.password="
                    + System.getenv().getOrDefault("COHORTDESK_TEST_PG_PASSWORD", "cohortdesk"));
        } else {
            args.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("cohortdesk") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        return args;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> files = Files.walk(path)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        }
    }

    /** The app's JVM, its output copied to a log file and read line by line. */
    private static final class Child implements AutoCloseable {

        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Path log;
        private final List<String> seen = new ArrayList<>();

        private Child(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Child start(Path dir, String mode, int pauseAfterBatch, List<String> database, int run)
                throws IOException {
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx1g");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(CrashChild.class.getName());
            command.add(mode);
            command.add(String.valueOf(pauseAfterBatch));
            command.add("--spring.profiles.active=prod");
            command.add("--server.port=0");
            command.add("--COHORTDESK_ADMIN_USERNAME=" + CrashChild.ADMIN);
            command.add("--COHORTDESK_ADMIN_PASSWORD=crash-test-admin-password");
            command.add("--COHORTDESK_ADMIN_EMAIL=crash-admin@example.org");
            command.add("--spring.main.banner-mode=off");
            command.addAll(database);
            var log = dir.resolve("child-" + run + "-" + mode + ".log");
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var child = new Child(process, log);
            var reader = new Thread(() -> child.copyOutput(), "crash-child-output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        private void copyOutput() {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    out.flush();
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("OUTPUT-FAILED " + e);
            }
        }

        /** The rest of the first line starting with the prefix (in any order); fails when the JVM ends or times out first. */
        String await(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
            while (true) {
                for (var line : seen) {
                    if (line.startsWith(prefix)) return line.substring(prefix.length());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("No '" + prefix + "' from the app's JVM within " + START_TIMEOUT_SECONDS
                            + " s; see " + log);
                }
                var line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                } else if (!process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("The app's JVM ended (exit " + process.exitValue() + ") before printing '"
                            + prefix + "'; see " + log);
                }
            }
        }

        /** On H2, the start after a kill checked the file for what the crash left (com.cohortdesk.database). */
        void assertH2CheckedAfterTheCrash() {
            if (TestProfiles.onPostgres()) return;
            assertThat(seen)
                    .as("the start after a kill checks the H2 file")
                    .anyMatch(line -> line.contains("was not closed cleanly"));
            seen.stream()
                    .filter(line -> line.contains("was not closed cleanly"))
                    .forEach(System.out::println);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no orderly close of the database
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        int exitCode() throws InterruptedException {
            assertThat(process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) kill();
        }
    }
}
