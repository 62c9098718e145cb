package com.cohortdesk.learner.csv;

/**
 * One thing wrong with an import file. {@code row} is the row as a spreadsheet shows it (the header is
 * row 1), or 0 for the file as a whole; {@code column} is empty when the problem is not about one cell.
 */
public record ImportProblem(int row, String column, String message) {

    static ImportProblem ofFile(String message) {
        return new ImportProblem(0, "", message);
    }

    static ImportProblem ofRow(int row, String message) {
        return new ImportProblem(row, "", message);
    }

    /** The whole sentence, e.g. {@code Row 7, email: "bob@@x" is not a valid email address.} */
    public String describe() {
        if (row == 0) return message;
        return "Row " + row + (column.isEmpty() ? ": " : ", " + column + ": ") + message;
    }
}
