package com.cohortdesk.learner.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.unit.DataSize;

/**
 * The CSV files under {@code src/test/resources/csv}: {@code bad/} with the problems each must produce
 * ({@code bad/expected.csv}, one line per problem) and {@code good/} with how many learners each holds.
 * {@code DEMO_EMAIL} in a file (and in its expected problems) stands for an email of the demo data.
 */
public final class CsvFiles {

    /** The limits the files are written for: {@code too-large.csv} and {@code too-many-rows.csv} exceed them. */
    public static final ImportLimits LIMITS = new ImportLimits(DataSize.ofKilobytes(2), 25);

    public static final String DEMO_EMAIL = "DEMO_EMAIL";
    /** Every learner in these files, and in the generated files of the tests, has an email at this domain. */
    public static final String TEST_DOMAIN = "@import-test.example";

    public record BadFile(String name, List<String> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    public record GoodFile(String name, int learners) {
        @Override
        public String toString() {
            return name;
        }
    }

    private CsvFiles() {}

    public static List<BadFile> badFiles() {
        var problems = new LinkedHashMap<String, List<String>>();
        for (var record : expected("bad")) {
            problems.computeIfAbsent(record.get(0), f -> new ArrayList<>()).add(record.get(1));
        }
        return problems.entrySet().stream()
                .map(e -> new BadFile(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    public static List<GoodFile> goodFiles() {
        return expected("good").stream()
                .map(r -> new GoodFile(r.get(0), Integer.parseInt(r.get(1))))
                .toList();
    }

    /** The file's bytes, with {@code DEMO_EMAIL} replaced (byte for byte: the encoding is left as it is). */
    public static byte[] bytes(String folder, String name, String demoEmail) {
        try (var in = Objects.requireNonNull(CsvFiles.class.getResourceAsStream("/csv/" + folder + "/" + name), name)) {
            var latin1 = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return latin1.replace(DEMO_EMAIL, demoEmail).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid file of {@code count} learners at {@link #TEST_DOMAIN}. */
    public static String generated(int count) {
        var zones = List.of(
                "GB,Europe/London", "IN,Asia/Kolkata", "US,America/New_York", "NG,Africa/Lagos", "JP,Asia/Tokyo");
        var csv = new StringBuilder("name,email,country,time zone\n");
        for (int i = 1; i <= count; i++) {
            csv.append("Learner ")
                    .append(i)
                    .append(",learner.")
                    .append(i)
                    .append(TEST_DOMAIN)
                    .append(',')
                    .append(zones.get(i % zones.size()))
                    .append('\n');
        }
        return csv.toString();
    }

    private static List<CSVRecord> expected(String folder) {
        try (var in = Objects.requireNonNull(CsvFiles.class.getResourceAsStream("/csv/" + folder + "/expected.csv"));
                var parser = CSVFormat.DEFAULT
                        .builder()
                        .setSkipHeaderRecord(true)
                        .setHeader()
                        .get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
