package com.cohortdesk.learner.csv;

import static com.cohortdesk.learner.csv.LearnerCsvHeader.COUNTRY;
import static com.cohortdesk.learner.csv.LearnerCsvHeader.EMAIL;
import static com.cohortdesk.learner.csv.LearnerCsvHeader.NAME;
import static com.cohortdesk.learner.csv.LearnerCsvHeader.TIME_ZONE;

import com.cohortdesk.shared.Countries;
import com.cohortdesk.shared.EmailAddresses;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.TextRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks a learner import file ({@code name, email, country, time zone}) and says what it
 * would import and everything that is wrong with it. Plain rules: the database is asked only through
 * {@link ExistingEmails}.
 */
public final class LearnerCsvCheck {

    public static final int MAX_NAME_LENGTH = 160;

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final List<String> COLUMN_ORDER = List.of("", NAME, EMAIL, COUNTRY, TIME_ZONE);

    private LearnerCsvCheck() {}

    public static ImportPreview check(byte[] bytes, ImportLimits limits, ExistingEmails existing) {
        if (bytes.length > limits.maxBytes()) {
            return ImportPreview.ofProblem(ImportProblem.ofFile(
                    "The file is " + CsvText.size(bytes.length) + "; the largest file you can import is "
                            + CsvText.size(limits.maxBytes()) + ". Split it into smaller files."));
        }
        String text;
        try {
            text = CsvText.decode(bytes);
        } catch (CsvText.NotUtf8Exception e) {
            return ImportPreview.ofProblem(ImportProblem.ofFile(e.getMessage()));
        }
        if (text.isBlank()) return ImportPreview.ofProblem(ImportProblem.ofFile("The file is empty."));
        // Records are read one at a time: blank lines are skipped before they count, and past the row limit
        // records are only counted, never kept.
        List<String> headerCells = null;
        var rows = new ArrayList<CSVRecord>();
        int learners = 0;
        try (var parser = CSVParser.parse(text, FORMAT)) {
            for (var record : parser) {
                if (headerCells == null) {
                    headerCells = record.toList();
                } else if (!isBlank(record)) {
                    learners++;
                    if (learners <= limits.maxRows()) rows.add(record);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ImportPreview.ofProblem(ImportProblem.ofFile(notCsv(e)));
        }
        if (headerCells == null) return ImportPreview.ofProblem(ImportProblem.ofFile("The file is empty."));
        var header = LearnerCsvHeader.read(headerCells);
        if (!header.problems().isEmpty()) return new ImportPreview(List.of(), header.problems());
        if (learners == 0) {
            return ImportPreview.ofProblem(
                    ImportProblem.ofFile("The file has a header but no learners: add one learner per row below it."));
        }
        if (learners > limits.maxRows()) {
            return ImportPreview.ofProblem(ImportProblem.ofFile(
                    "The file has " + ImportPreview.plural(learners, "learner") + "; you can import at most "
                            + String.format("%,d", limits.maxRows()) + " at once. Split it into smaller files."));
        }
        return checkRows(header, rows, existing);
    }

    private static ImportPreview checkRows(LearnerCsvHeader header, List<CSVRecord> records, ExistingEmails existing) {
        var problems = new ArrayList<ImportProblem>();
        var candidates = new ArrayList<ImportRow>();
        var firstRowOfEmail = new HashMap<String, Integer>();
        for (var record : records) {
            int row = Math.toIntExact(record.getRecordNumber());
            var cells = record.toList();
            var rowProblems = new ArrayList<ImportProblem>();
            var learner = checkRow(header, row, cells, rowProblems);
            if (learner != null) {
                var first = firstRowOfEmail.putIfAbsent(learner.email(), row);
                if (first != null) {
                    rowProblems.add(new ImportProblem(
                            row,
                            EMAIL,
                            quoted(learner.email()) + " appears twice in the file, in rows " + first + " and " + row
                                    + "."));
                }
            }
            problems.addAll(rowProblems);
            if (learner != null && rowProblems.isEmpty()) candidates.add(learner);
        }
        var taken =
                existing.findExisting(candidates.stream().map(ImportRow::email).toList());
        var clean = new ArrayList<ImportRow>();
        for (var learner : candidates) {
            if (taken.contains(learner.email())) {
                problems.add(new ImportProblem(
                        learner.row(),
                        EMAIL,
                        quoted(learner.email()) + " already belongs to a learner in Cohort Desk."));
            } else {
                clean.add(learner);
            }
        }
        problems.sort(
                Comparator.comparingInt(ImportProblem::row).thenComparingInt(p -> COLUMN_ORDER.indexOf(p.column())));
        return new ImportPreview(clean, problems);
    }

    /** The learner of one row, or null when a cell is wrong (the problems are added). */
    private static @Nullable ImportRow checkRow(
            LearnerCsvHeader header, int row, List<String> cells, List<ImportProblem> problems) {
        if (cells.size() < header.width()) {
            problems.add(ImportProblem.ofRow(
                    row,
                    "the row has " + cells(cells.size()) + " but the header has " + header.width()
                            + " columns; a cell is missing."));
            return null;
        }
        if (cells.subList(header.width(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            problems.add(ImportProblem.ofRow(
                    row,
                    "the row has " + cells(cells.size()) + " but the header has " + header.width()
                            + " columns; remove the extra cells."));
            return null;
        }
        int before = problems.size();
        for (var column : LearnerCsvHeader.COLUMNS) {
            var problem = TextRules.singleLineProblem(column, header.rawCell(cells, column));
            if (problem != null) problems.add(new ImportProblem(row, column, problem));
        }
        if (problems.size() > before) return null;
        var name = header.cell(cells, NAME);
        var email = header.cell(cells, EMAIL).toLowerCase(Locale.ROOT);
        var countryText = header.cell(cells, COUNTRY);
        var zoneText = header.cell(cells, TIME_ZONE);
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row, NAME, "the name is empty."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new ImportProblem(row, NAME, "the name is longer than " + MAX_NAME_LENGTH + " characters."));
        }
        if (email.isEmpty()) {
            problems.add(new ImportProblem(row, EMAIL, "the email address is empty."));
        } else if (email.length() > EmailAddresses.MAX_LENGTH) {
            problems.add(new ImportProblem(
                    row, EMAIL, "the email address is longer than " + EmailAddresses.MAX_LENGTH + " characters."));
        } else if (!EmailAddresses.isValid(email)) {
            problems.add(new ImportProblem(
                    row, EMAIL, quoted(header.cell(cells, EMAIL)) + " is not a valid email address."));
        }
        var country = Countries.resolve(countryText);
        if (countryText.isEmpty()) {
            problems.add(new ImportProblem(row, COUNTRY, "the country is empty."));
        } else if (country.isEmpty()) {
            problems.add(new ImportProblem(
                    row,
                    COUNTRY,
                    quoted(countryText) + " is not a country; use a two-letter code "
                            + "such as GB or an English name such as United Kingdom."));
        }
        var zone = ProgrammeTime.parseZone(zoneText);
        if (zoneText.isEmpty()) {
            problems.add(new ImportProblem(row, TIME_ZONE, "the time zone is empty."));
        } else if (zone.isEmpty()) {
            problems.add(new ImportProblem(row, TIME_ZONE, lowerFirst(ProgrammeTime.zoneProblem(zoneText))));
        }
        if (problems.size() > before) return null;
        return new ImportRow(row, name, email, country.orElseThrow(), zone.orElseThrow());
    }

    /** Commons CSV says "(startline 2) EOF reached before encapsulated token finished" for an unclosed quote. */
    private static String notCsv(Exception e) {
        var matcher = START_LINE.matcher(String.valueOf(e.getMessage()));
        var where = matcher.find() ? " on line " + matcher.group(1) : "";
        return "The file is not valid CSV: a quote (\") opened" + where + " is never closed. "
                + "Put cells that contain quotes in quotes and double the quotes inside, or remove the quote.";
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String lowerFirst(@Nullable String message) {
        if (message == null || message.isEmpty()) return "";
        return message.startsWith("\"") ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String cells(int count) {
        return count + (count == 1 ? " cell" : " cells");
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
