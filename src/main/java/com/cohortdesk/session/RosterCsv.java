package com.cohortdesk.session;

import com.cohortdesk.learner.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An occurrence's roster and attendance as CSV: UTF-8 with a BOM, CRLF line ends, every cell neutralised
 * against formula injection (a learner's name or a note could start with {@code =}).
 */
final class RosterCsv {

    static final List<String> HEADER =
            List.of("session", "start (UK)", "name", "email", "time zone", "expected", "booking", "attendance", "note");

    private RosterCsv() {}

    static void write(OccurrenceDetails occurrence, List<RosterLine> lines, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(HEADER);
        var start = SessionTimes.uk(occurrence.start());
        for (var line : lines) {
            printer.printRecord(List.of(
                            occurrence.title(),
                            start,
                            line.fullName(),
                            line.email(),
                            line.timeZone(),
                            line.expected() ? "yes" : "no",
                            line.bookingLabel(),
                            line.mark() == null ? "" : line.mark().label(),
                            line.note() == null ? "" : line.note())
                    .stream()
                    .map(SpreadsheetCells::neutralise)
                    .toList());
        }
        printer.flush();
    }
}
