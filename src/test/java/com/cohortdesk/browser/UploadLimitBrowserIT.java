package com.cohortdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.learner.ImportedLearners;
import com.cohortdesk.learner.csv.CsvFiles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 200 MB body POSTed straight to the import page's upload URL (the {@code target} of its {@code vaadin-upload},
 * with the signed-in browser's session cookie), as any client could send it, bypassing the browser's own size
 * check. The server must refuse it at the 5 MB cap without reading the rest: the client manages to send only a
 * few MB before the server answers or closes the connection, the server's old generation (where G1 puts large
 * arrays) does not grow by anything near 200 MB, the page says why, and no learner is written. The test runs in
 * the server's JVM (the app on a random port), so the heap it measures is the server's.
 */
class UploadLimitBrowserIT extends BrowserTest {

    private static final long BODY = 200L * 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void deleteImportedLearners() {
        ImportedLearners.delete(jdbc);
    }

    /** A CSV header and then 'a's, made on the fly (the test holds no 200 MB array either); counts what the client sent. */
    private static final class Body extends InputStream {
        private final byte[] header = "name,email,country,time zone\n".getBytes(StandardCharsets.UTF_8);
        final AtomicLong sent = new AtomicLong();

        @Override
        public int read() {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long at = sent.get();
            if (at >= BODY) return -1;
            int n = (int) Math.min(len, BODY - at);
            for (int i = 0; i < n; i++) b[off + i] = at + i < header.length ? header[(int) (at + i)] : (byte) 'a';
            sent.addAndGet(n);
            return n;
        }
    }

    private String uploadTarget() {
        var target = page.locator("#import-upload").getAttribute("target");
        assertThat(target).as("the upload URL of the page's upload component").isNotBlank();
        return url(target.startsWith("/") ? target.substring(1) : target);
    }

    private HttpRequest.Builder post(String target, String fileName) {
        var cookie = context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        return HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(120))
                .header("Cookie", "JSESSIONID=" + cookie.value)
                .header("Content-Type", "text/csv")
                .header("X-Filename", fileName);
    }

    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
    }

    @Test
    void aTwoHundredMegabytePostToTheUploadUrlIsRefusedAtTheCapWithoutBufferingIt() throws Exception {
        var cohortId = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        signIn("admin", "admin-demo-password");
        page.navigate(url("cohorts/" + cohortId + "/import"));
        assertThat(page.locator("h2")).hasText("Import learners into Fall 2026");
        var target = uploadTarget();
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        // The route works: a small file sent the same way is previewed on the page.
        var small = http.send(
                post(target, "small.csv")
                        .POST(HttpRequest.BodyPublishers.ofString(CsvFiles.generated(2)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
        assertThat(page.locator("#import-summary")).hasText("small.csv: 2 learners ready to import.");

        long learnersBefore = jdbc.queryForObject("select count(*) from learner", Long.class);
        var pools = oldGeneration();
        assertThat(pools).as("an old-generation heap pool to watch").isNotEmpty();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long oldBefore = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();

        // Chunked, so the server cannot know the size in advance and must count while it reads.
        var body = new Body();
        Integer status = null;
        String outcome;
        try {
            var response = http.send(
                    post(target, "huge.csv")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            outcome = "HTTP " + status + " " + response.body();
        } catch (IOException e) {
            outcome = "connection closed by the server: " + e;
        }
        long oldPeak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "200 MB upload: %s; client sent %,d bytes; old generation %,d -> peak %,d bytes%n",
                outcome, body.sent.get(), oldBefore, oldPeak);

        assertThat(status)
                .as("no success status for the 200 MB body")
                .satisfiesAnyOf(s -> assertThat(s).isNull(), s -> assertThat(s).isGreaterThanOrEqualTo(400));
        assertThat(body.sent.get()).as("bytes the server let the client send").isLessThan(40L * 1024 * 1024);
        assertThat(oldPeak - oldBefore)
                .as("growth of the server's old generation")
                .isLessThan(64L * 1024 * 1024);
        assertThat(page.locator("#import-summary"))
                .hasText("\"huge.csv\" was not uploaded: it is larger than 5 MB, "
                        + "the largest file you can import. Split it into smaller files.");
        assertThat(page.locator("#import-button")).isHidden();
        assertThat(jdbc.queryForObject("select count(*) from learner", Long.class))
                .as("nothing written")
                .isEqualTo(learnersBefore);

        // A client that announces 200 MB is refused before the server reads its body at all.
        var announced = new Body();
        status = null;
        try {
            var publisher = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> announced), BODY);
            status = http.send(
                            post(target, "announced.csv").POST(publisher).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException e) {
            // the server closed the connection after refusing: also a refusal
        }
        System.out.printf("Announced 200 MB upload: status %s; client sent %,d bytes%n", status, announced.sent.get());
        assertThat(announced.sent.get()).isLessThan(40L * 1024 * 1024);
        assertThat(page.locator("#import-summary"))
                .hasText("\"announced.csv\" was not uploaded: it is larger than 5 MB, "
                        + "the largest file you can import. Split it into smaller files.");
        assertThat(jdbc.queryForObject("select count(*) from learner", Long.class))
                .isEqualTo(learnersBefore);
    }
}
