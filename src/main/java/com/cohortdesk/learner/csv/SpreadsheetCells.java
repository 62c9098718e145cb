package com.cohortdesk.learner.csv;

/**
 * Neutralises spreadsheet formula injection: a cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading single quote, so that Excel and friends show it as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty()) return cell;
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
