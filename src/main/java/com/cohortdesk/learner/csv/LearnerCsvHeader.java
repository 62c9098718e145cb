package com.cohortdesk.learner.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row of an import file: which cell holds which column, or what is wrong with it. */
record LearnerCsvHeader(Map<String, Integer> columns, int width, List<ImportProblem> problems) {

    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String COUNTRY = "country";
    static final String TIME_ZONE = "time zone";
    static final List<String> COLUMNS = List.of(NAME, EMAIL, COUNTRY, TIME_ZONE);
    static final String EXPECTED = String.join(", ", COLUMNS);

    static LearnerCsvHeader read(List<String> cells) {
        var names = cells.stream().map(LearnerCsvHeader::normalise).toList();
        if (names.size() == 1 && cells.getFirst().contains(";")) {
            return failed(
                    cells.size(),
                    ImportProblem.ofRow(
                            1,
                            "the columns are separated by semicolons; "
                                    + "save the file as comma-separated CSV (\"CSV UTF-8 (comma delimited)\" in Excel)."));
        }
        if (names.stream().noneMatch(COLUMNS::contains)) {
            return failed(cells.size(), ImportProblem.ofRow(1, "the first row must be the header: " + EXPECTED + "."));
        }
        var columns = new LinkedHashMap<String, Integer>();
        var problems = new ArrayList<ImportProblem>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            var given = cells.get(i).strip();
            if (name.isEmpty()) {
                problems.add(ImportProblem.ofRow(
                        1, "column " + (i + 1) + " of the header is empty; the columns are " + EXPECTED + "."));
            } else if (!COLUMNS.contains(name)) {
                problems.add(new ImportProblem(
                        1,
                        given,
                        "\"" + given + "\" is not a column Cohort Desk knows; the columns are " + EXPECTED
                                + ". Remove it."));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, name, "the column \"" + given + "\" appears twice."));
            }
        }
        for (var column : COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add(new ImportProblem(
                        1, column, "the header has no \"" + column + "\" column; the columns are " + EXPECTED + "."));
            }
        }
        return new LearnerCsvHeader(Map.copyOf(columns), cells.size(), List.copyOf(problems));
    }

    private static LearnerCsvHeader failed(int width, ImportProblem problem) {
        return new LearnerCsvHeader(Map.of(), width, List.of(problem));
    }

    /** Trimmed, lower-case; "time_zone", "timezone" and "Time Zone" all become "time zone". */
    static String normalise(String cell) {
        var name = cell.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return name.equals("timezone") ? TIME_ZONE : name;
    }

    /** The cell as the file holds it, spaces and all. */
    String rawCell(List<String> row, String column) {
        return row.get(columns.get(column));
    }

    String cell(List<String> row, String column) {
        return row.get(columns.get(column)).strip();
    }
}
