package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class LearnerCsvCheckTest {

    private static ImportPreview check(String csv) {
        return LearnerCsvCheck.check(
                csv.getBytes(StandardCharsets.UTF_8), ImportLimits.defaults(), ExistingEmails.none());
    }

    private static List<String> problems(String csv) {
        return check(csv).problems().stream().map(ImportProblem::describe).toList();
    }

    @Test
    void trimsCellsLowerCasesEmailsAndStoresCountryCodes() {
        var preview = check("""
                name,email,country,time zone
                  Ana  Silva ,  Ana.Silva@Example.ORG ,pt, Europe/Lisbon\s
                "Smith, Jane",jane@example.org,United States,America/New_York
                """);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows())
                .containsExactly(
                        new ImportRow(2, "Ana  Silva", "ana.silva@example.org", "PT", ZoneId.of("Europe/Lisbon")),
                        new ImportRow(3, "Smith, Jane", "jane@example.org", "US", ZoneId.of("America/New_York")));
        assertThat(preview.summary()).isEqualTo("2 learners ready to import");
    }

    @Test
    void acceptsTheTimeZoneHeaderInItsSpellingsAndColumnsInAnyOrder() {
        for (var header : List.of("time zone", "Time Zone", "time_zone", "TIMEZONE", " timezone ")) {
            assertThat(problems("email,Name,COUNTRY," + header + "\na@example.org,A,GB,Europe/London\n"))
                    .as(header)
                    .isEmpty();
        }
    }

    @Test
    void rowNumbersAreSpreadsheetRowsAndBlankRowsAreSkipped() {
        var preview = check(
                "name,email,country,time zone\n\na@example.org,A,GB,Europe/London\n,,,\nB,b@example.org,GB,Europe/Londn\n");
        assertThat(preview.problems())
                .extracting(ImportProblem::describe)
                .containsExactly(
                        "Row 3, email: \"A\" is not a valid email address.",
                        "Row 5, time zone: \"Europe/Londn\" is not a time zone; use a region name such as Europe/London or Asia/Kolkata.");
        assertThat(preview.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(Tuple.tuple(3, "email"), Tuple.tuple(5, "time zone"));
    }

    @Test
    void aDuplicateNamesBothRowsCaseInsensitively() {
        assertThat(problems(
                        "name,email,country,time zone\nA,a@example.org,GB,Europe/London\nB,b@example.org,GB,Europe/London\n"
                                + "A2,A@Example.org,GB,Europe/London\n"))
                .containsExactly("Row 4, email: \"a@example.org\" appears twice in the file, in rows 2 and 4.");
    }

    @Test
    void asksTheDatabaseOnlyAboutValidDistinctAddresses() {
        var asked = new ArrayList<Collection<String>>();
        ExistingEmails database = emails -> {
            asked.add(List.copyOf(emails));
            return Set.of("b@example.org");
        };
        var csv = "name,email,country,time zone\nA,a@example.org,GB,Europe/London\nB,B@example.org,GB,Europe/London\n"
                + "C,not-an-email,GB,Europe/London\nA,a@example.org,GB,Europe/London\n";
        var preview = LearnerCsvCheck.check(csv.getBytes(StandardCharsets.UTF_8), ImportLimits.defaults(), database);
        assertThat(asked).containsExactly(List.of("a@example.org", "b@example.org"));
        assertThat(preview.problems())
                .extracting(ImportProblem::describe)
                .containsExactly(
                        "Row 3, email: \"b@example.org\" already belongs to a learner in Cohort Desk.",
                        "Row 4, email: \"not-an-email\" is not a valid email address.",
                        "Row 5, email: \"a@example.org\" appears twice in the file, in rows 2 and 5.");
        assertThat(preview.rows()).extracting(ImportRow::email).containsExactly("a@example.org");
    }

    @Test
    void rowLimitAllowsExactlyTheLimit() {
        var limits = new ImportLimits(DataSize.ofMegabytes(5), 3);
        var three = "name,email,country,time zone\n" + "A,a@example.org,GB,Europe/London\n".repeat(1)
                + "B,b@example.org,GB,Europe/London\nC,c@example.org,GB,Europe/London\n";
        assertThat(LearnerCsvCheck.check(three.getBytes(StandardCharsets.UTF_8), limits, ExistingEmails.none())
                        .isClean())
                .isTrue();
        var four = three + "D,d@example.org,GB,Europe/London\n";
        assertThat(LearnerCsvCheck.check(four.getBytes(StandardCharsets.UTF_8), limits, ExistingEmails.none())
                        .problems())
                .extracting(ImportProblem::describe)
                .containsExactly(
                        "The file has 4 learners; you can import at most 3 at once. Split it into smaller files.");
    }

    @Test
    void sizeLimitIsCheckedBeforeAnythingElse() {
        var limits = new ImportLimits(DataSize.ofBytes(10), 20_000);
        assertThat(LearnerCsvCheck.check(new byte[11], limits, ExistingEmails.none())
                        .problems())
                .extracting(ImportProblem::describe)
                .containsExactly(
                        "The file is 11 bytes; the largest file you can import is 10 bytes. Split it into smaller files.");
        assertThat(LearnerCsvCheck.check(new byte[6 * 1024 * 1024], ImportLimits.defaults(), ExistingEmails.none())
                        .problems())
                .extracting(ImportProblem::message)
                .first()
                .asString()
                .startsWith("The file is 6 MB; the largest file you can import is 5 MB.");
    }

    @Test
    void blankExtraCellsAreIgnoredButFilledOnesAreNot() {
        assertThat(problems("name,email,country,time zone\nA,a@example.org,GB,Europe/London,,\n"))
                .isEmpty();
        assertThat(problems("name,email,country,time zone\nA,a@example.org,GB,Europe/London,,x\n"))
                .containsExactly("Row 2: the row has 6 cells but the header has 4 columns; remove the extra cells.");
    }

    @Test
    void headerProblemsAreAllReportedTogether() {
        assertThat(problems("Name,E-mail,country,country,\nA,a@example.org,GB,GB,\n"))
                .containsExactly(
                        "Row 1, E-mail: \"E-mail\" is not a column Cohort Desk knows; the columns are name, email, country, time zone. Remove it.",
                        "Row 1, country: the column \"country\" appears twice.",
                        "Row 1: column 5 of the header is empty; the columns are name, email, country, time zone.",
                        "Row 1, email: the header has no \"email\" column; the columns are name, email, country, time zone.",
                        "Row 1, time zone: the header has no \"time zone\" column; the columns are name, email, country, time zone.");
    }

    @Test
    void summariesCountInPlainEnglish() {
        assertThat(check("name,email,country,time zone\nA,a@example.org,GB,Europe/London\n")
                        .summary())
                .isEqualTo("1 learner ready to import");
        assertThat(check("name,email,country,time zone\nA,a@example.org,GB,Nowhere/Land\n")
                        .summary())
                .isEqualTo("1 problem found; fix the file and upload it again");
        var many = new ImportPreview(
                List.of(),
                IntStream.range(0, 1200)
                        .mapToObj(i -> new ImportProblem(i + 2, "name", "the name is empty."))
                        .toList());
        assertThat(many.summary()).isEqualTo("1,200 problems found; fix the file and upload it again");
        assertThat(many.firstProblems(2))
                .isEqualTo("Row 2, name: the name is empty. Row 3, name: the name is empty. (and 1,198 more problems)");
    }
}
