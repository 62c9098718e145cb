package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Starts what the build packaged, as its own process, not the test classpath: the launch layout of a production build,
 * with Spring AOT's generated bean definitions (prod profile)
 * ({@code target/cohort-desk/bin/cohort-desk}, with {@code -XX:AOTMode=on} so an unusable AOT cache is an error, not a
 * silent slow start) when it exists, and the plain jar when it was built with {@code -Pproduction}. Each must serve the sign-in page (200) on an empty
 * database with the first administrator from the environment, in the prod profile. Failsafe runs after {@code package},
 * so the jar exists.
 */
class PackagedLaunchIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String NO_MAIL_SERVER = "Notices: no mail server configured";

    @Test
    void thePlainJarServesTheSignInPage() throws Exception {
        var jar = packagedJar();
        Assumptions.assumeTrue(
                productionBuild(jar), "the jar was not built with -Pproduction (no production frontend bundle in it)");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var launch = startAndGetLogin(List.of(java, "-jar", jar.toString()), null, Map.of());
        assertThat(launch.log())
                .contains("No active profile set, falling back to 1 default profile: \"prod\"")
                .doesNotContain("AOT-processed")
                .contains(NO_MAIL_SERVER);
        assertThat(launch.health())
                .as("no mail server: its health is unknown, the server's up")
                .isEqualTo(200);
    }

    @Test
    void theOptimisedLaunchServesTheSignInPageWithItsAotCache() throws Exception {
        var launch = TARGET.resolve("cohort-desk/bin/cohort-desk");
        Assumptions.assumeTrue(
                Files.isExecutable(launch),
                "no launch layout: only ./mvnw -Pproduction package builds target/cohort-desk");
        assertThat(TARGET.resolve("cohort-desk/app/cohort-desk.aot"))
                .as("the AOT cache of the training run")
                .isNotEmptyFile();
        // A mail server given at run time must be used although Spring AOT decided the bean conditions at build time
        // without one (RuntimeMailSender); nothing listens on the port, and none is needed to start.
        var started = startAndGetLogin(
                List.of(launch.toString()),
                "-XX:AOTMode=on",
                Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", "2"));
        assertThat(started.log())
                .contains("Vaadin is running in production mode")
                .contains("Starting AOT-processed Application")
                .doesNotContain(NO_MAIL_SERVER);
        assertThat(started.health())
                .as("/actuator/health checks the mail server given at run time, which does not answer (MailHealth)")
                .isEqualTo(503);
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("cohort-desk-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("no packaged jar in " + TARGET + ": run the package phase first"));
        }
    }

    /** Whether Vaadin's build info in the jar says production mode (./mvnw -Pproduction package). */
    private static boolean productionBuild(Path jar) throws IOException {
        try (var zip = new ZipFile(jar.toFile())) {
            var entry = zip.stream()
                    .filter(e -> e.getName().endsWith("META-INF/VAADIN/config/flow-build-info.json"))
                    .findFirst();
            if (entry.isEmpty()) return false;
            try (var in = zip.getInputStream(entry.get())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace(" ", "")
                        .contains("\"productionMode\":true");
            }
        }
    }

    /** What a launch gave: its log once /login answered 200 and it was ready, and the status of /actuator/health. */
    private record Launch(String log, int health) {}

    /** Starts the command in a fresh directory (its own H2 file database) and returns its log once /login answered 200. */
    private static Launch startAndGetLogin(List<String> command, String javaOpts, Map<String, String> moreEnv)
            throws Exception {
        var dir = Files.createTempDirectory("cohort-desk-launch");
        var log = dir.resolve("app.log");
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var builder = new ProcessBuilder(new ArrayList<>(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = builder.environment();
        env.remove("SPRING_PROFILES_ACTIVE");
        env.remove("SPRING_DATASOURCE_URL");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PORT", Integer.toString(port));
        env.put("COHORTDESK_ADMIN_USERNAME", "office");
        env.put("COHORTDESK_ADMIN_EMAIL", "office@example.org");
        env.put("COHORTDESK_ADMIN_PASSWORD", "packaged-launch-password");
        if (javaOpts != null) env.put("JAVA_OPTS", javaOpts);
        env.remove("SPRING_MAIL_HOST");
        env.putAll(moreEnv);
        var process = builder.start();
        try {
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            // A loaded 2-core CI machine can take minutes; a quiet one a few seconds.
            var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            HttpResponse<String> response = null;
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive())
                        .as("the app stopped:\n%s", tail(log))
                        .isTrue();
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) break;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            assertThat(response).as("no answer on /login:\n%s", tail(log)).isNotNull();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<html").doesNotContain("Whitelabel");
            // Ready (after the ApplicationReadyEvent listeners, which log what the server lacks, such as mail)
            var readiness = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            while (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                assertThat(System.nanoTime()).as("not ready:\n%s", tail(log)).isLessThan(deadline);
                Thread.sleep(200);
            }
            var health = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Launch(Files.readString(log, StandardCharsets.UTF_8), health);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor();
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
