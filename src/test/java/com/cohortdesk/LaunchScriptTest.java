package com.cohortdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production launch script ({@code scripts/cohort-desk}, copied to {@code bin/cohort-desk} by the production
 * build), run against a stand-in {@code java} that prints the command line it was given: Spring's AOT-generated
 * context is used for the prod profile only, however the profile is given.
 */
class LaunchScriptTest {

    @TempDir
    Path dir;

    private Path launch;
    private Path javaHome;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(dir.resolve("layout/bin"));
        Files.createDirectories(dir.resolve("layout/app"));
        launch = dir.resolve("layout/bin/cohort-desk");
        Files.copy(Path.of("scripts/cohort-desk"), launch);
        Files.writeString(dir.resolve("layout/app/cohort-desk.aot"), "");
        javaHome = fakeJava("jdk25", 25);
    }

    @Test
    void theDefaultProfileRunsWithTheAotCacheAndSpringAot() throws Exception {
        var run = run(Map.of(), "--server.port=8081");
        assertThat(run.exit()).isZero();
        assertThat(run.lines())
                .contains(
                        "-XX:AOTCache="
                                + dir.resolve("layout/app/cohort-desk.aot").toRealPath(),
                        "-Dspring.aot.enabled=true",
                        "-jar",
                        "--server.port=8081")
                .anyMatch(line -> line.endsWith("layout/app/cohort-desk.jar"));
    }

    @Test
    void anotherProfileFromTheEnvironmentRunsWithoutSpringAot() throws Exception {
        var run = run(Map.of("SPRING_PROFILES_ACTIVE", "dev"));
        assertThat(run.lines()).doesNotContain("-Dspring.aot.enabled=true").contains("-jar");
    }

    @Test
    void aProfileGivenAsAnArgumentIsSeen() throws Exception {
        assertThat(run(Map.of(), "--spring.profiles.active=dev").lines())
                .doesNotContain("-Dspring.aot.enabled=true")
                .contains("--spring.profiles.active=dev");
        assertThat(run(Map.of("SPRING_PROFILES_ACTIVE", "dev"), "--spring.profiles.active=prod")
                        .lines())
                .as("the argument outranks the environment, as in Spring")
                .contains("-Dspring.aot.enabled=true");
        assertThat(run(Map.of(), "--spring.profiles.active=prod,demo").lines())
                .as("the generated context was made for prod alone")
                .doesNotContain("-Dspring.aot.enabled=true");
    }

    @Test
    void aProfileGivenInJavaOptsIsSeen() throws Exception {
        var run = run(Map.of("JAVA_OPTS", "-Xmx512m -Dspring.profiles.active=dev"));
        assertThat(run.lines()).doesNotContain("-Dspring.aot.enabled=true").contains("-Xmx512m");
    }

    @Test
    void anOlderJavaIsRefusedWithAMessage() throws Exception {
        javaHome = fakeJava("jdk17", 17);
        var run = run(Map.of());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("needs Java 25 or later").contains("Java 17");
    }

    @Test
    void theJdksReleaseFileAnswersTheVersionQuestionWithoutStartingJava() throws Exception {
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(run(Map.of()).exit()).isZero();
        assertThat(javaHome.resolve("asked")).doesNotExist();

        javaHome = fakeJava("jdk8", 25);
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");
        var old = run(Map.of());
        assertThat(old.exit()).isEqualTo(1);
        assertThat(old.output()).contains("Java 8");
        assertThat(javaHome.resolve("asked")).doesNotExist();
    }

    @Test
    void withoutAReleaseFileJavaItselfIsAsked() throws Exception {
        assertThat(run(Map.of()).exit()).isZero();
        assertThat(javaHome.resolve("asked")).exists();
    }

    private record Run(int exit, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        var command = new java.util.ArrayList<>(List.of(launch.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(env);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /**
     * A JAVA_HOME (without a release file) whose java answers the version question as Java {@code major}, leaving a
     * file {@code asked} behind, and otherwise prints its arguments.
     */
    private Path fakeJava(String name, int major) throws IOException {
        var bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        var java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                case "$*" in *-XshowSettings:properties*)
                  touch "$(dirname "$0")/../asked"; echo "    java.specification.version = %d" >&2; exit 0 ;;
                esac
                for arg in "$@"; do echo "$arg"; done
                """.formatted(major));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve(name);
    }
}
