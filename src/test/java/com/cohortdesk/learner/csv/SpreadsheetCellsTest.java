package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=1+2|'=1+2",
                "+44 20 7946 0000|'+44 20 7946 0000",
                "-5|'-5",
                "@SUM(A1)|'@SUM(A1)",
                "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
                "Ana Silva|Ana Silva",
                "a=b|a=b",
                "Etc/GMT-5|Etc/GMT-5",
                "'quoted|'quoted"
            })
    void neutralisesCellsThatSpreadsheetsWouldRunAsFormulas(String cell, String expected) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\uFF1D1+2|'\uFF1D1+2", "\uFF0B44 20|'\uFF0B44 20", "\uFF0D5|'\uFF0D5", "\uFF20SUM(A1)|'\uFF20SUM(A1)",
                "\uFE66cmd|'\uFE66cmd", "\uFE62\uFE63|'\uFE62\uFE63", "\uFE6Bx|'\uFE6Bx", "Ana\uFF1D|Ana\uFF1D"
            })
    void neutralisesFullWidthAndSmallFormsOfTheFormulaCharacters(String cell, String expected) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(expected);
    }

    @Test
    void neutralisesTabAndCarriageReturnAndLeavesEmptyCells() {
        assertThat(SpreadsheetCells.neutralise("\n=1")).isEqualTo("'\n=1");
        assertThat(SpreadsheetCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
    }

    @Test
    void rosterFileIsUtf8WithBomAndNeutralisedCells() throws Exception {
        var out = new ByteArrayOutputStream();
        var writer = new RosterCsvWriter(out);
        writer.row("=cmd|' /C calc'!A0", "zoë@example.org", "Fall 2026", "SE", "Europe/Stockholm", "Active");
        writer.row("Smith, Jane", "jane@example.org", "Fall 2026", "US", "America/New_York", "Withdrawn");
        writer.row("\uFF1DHYPERLINK(\"x\")", "\uFF20x@example.org", "Fall 2026", "GB", "UTC", "Active");
        writer.flush();
        var bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("""
                name,email,cohort,country,time zone,status\r
                '=cmd|' /C calc'!A0,zoë@example.org,Fall 2026,SE,Europe/Stockholm,Active\r
                "Smith, Jane",jane@example.org,Fall 2026,US,America/New_York,Withdrawn\r
                "'\uFF1DHYPERLINK(""x"")",'\uFF20x@example.org,Fall 2026,GB,UTC,Active\r
                """);
    }
}
