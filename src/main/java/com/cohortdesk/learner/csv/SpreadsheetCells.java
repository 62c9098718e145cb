package com.cohortdesk.learner.csv;

/**
 * Neutralises spreadsheet formula injection in every CSV the app writes (the learner roster and the session
 * rosters): a cell that starts with {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠} (which some
 * spreadsheet locales read the same way) or small forms {@code ﹦ ﹢ ﹣ ﹫}, a tab, a carriage return or a line
 * feed gets a leading single quote, so that Excel and friends show it as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    public static String neutralise(String cell) {
        if (cell.isEmpty()) return cell;
        return switch (cell.charAt(0)) {
            case '=',
                    '+',
                    '-',
                    '@',
                    '\t',
                    '\r',
                    '\n',
                    '\uFF1D',
                    '\uFF0B',
                    '\uFF0D',
                    '\uFF20', // full-width ＝ ＋ － ＠
                    '\uFE66',
                    '\uFE62',
                    '\uFE63',
                    '\uFE6B' // small ﹦ ﹢ ﹣ ﹫
            -> "'" + cell;
            default -> cell;
        };
    }
}
