package com.cohortdesk.learner.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the learner roster as CSV: UTF-8 with a BOM (so that Excel reads it as UTF-8), CRLF line ends,
 * and every cell neutralised against formula injection. {@link #flush()} at the end; the stream stays open.
 */
public final class RosterCsvWriter {

    public static final List<String> HEADER = List.of("name", "email", "cohort", "country", "time zone", "status");

    private final CSVPrinter printer;

    public RosterCsvWriter(OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(HEADER);
    }

    public void row(String name, String email, String cohort, String country, String timeZone, String status)
            throws IOException {
        printer.printRecord(List.of(name, email, cohort, country, timeZone, status).stream()
                .map(SpreadsheetCells::neutralise)
                .toList());
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
