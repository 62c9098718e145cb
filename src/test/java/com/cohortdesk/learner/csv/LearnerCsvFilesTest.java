package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file under csv/bad gives exactly its expected problems; every file under csv/good is clean. */
class LearnerCsvFilesTest {

    private static final String KNOWN = "someone.1@learners.example.org";
    private static final ExistingEmails DATABASE = emails -> emails.contains(KNOWN) ? Set.of(KNOWN) : Set.of();

    static List<CsvFiles.BadFile> badFiles() {
        return CsvFiles.badFiles();
    }

    static List<CsvFiles.GoodFile> goodFiles() {
        return CsvFiles.goodFiles();
    }

    @Test
    void thereAreAtLeastTwentyBadFilesAndEveryFileHasAnExpectation() {
        assertThat(badFiles()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(goodFiles()).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileGivesItsProblemsAndNothingToImport(CsvFiles.BadFile file) {
        var preview = LearnerCsvCheck.check(CsvFiles.bytes("bad", file.name(), KNOWN), CsvFiles.LIMITS, DATABASE);
        assertThat(preview.isClean()).isFalse();
        assertThat(preview.problems())
                .extracting(ImportProblem::describe)
                .containsExactlyElementsOf(file.problems().stream()
                        .map(p -> p.replace(CsvFiles.DEMO_EMAIL, KNOWN))
                        .toList());
        assertThat(preview.summary()).endsWith("found; fix the file and upload it again");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void goodFileIsClean(CsvFiles.GoodFile file) {
        var preview = LearnerCsvCheck.check(CsvFiles.bytes("good", file.name(), KNOWN), CsvFiles.LIMITS, DATABASE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(file.learners()).allSatisfy(row -> {
            assertThat(row.email()).isLowerCase().endsWith(CsvFiles.TEST_DOMAIN).doesNotContainAnyWhitespaces();
            assertThat(row.country()).matches("[A-Z]{2}");
            assertThat(row.name()).isNotBlank().isEqualTo(row.name().strip());
        });
        assertThat(preview.isClean()).isTrue();
    }
}
