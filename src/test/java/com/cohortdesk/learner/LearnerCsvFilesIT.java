package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.learner.csv.CsvFiles;
import com.cohortdesk.learner.csv.ImportProblem;
import com.cohortdesk.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The files under csv/ through the service, on the demo data: each bad file gives its expected problems
 * and writes nothing; each good file imports. The limits are the small ones the files are written for.
 */
@IntegrationTest
@WithUserDetails("admin")
@TestPropertySource(properties = {"cohortdesk.import.max-file-size=2KB", "cohortdesk.import.max-rows=25"})
class LearnerCsvFilesIT {

    @Autowired
    LearnerImportService imports;

    @Autowired
    LearnerService learners;

    @Autowired
    CohortService cohorts;

    @Autowired
    JdbcTemplate jdbc;

    long cohortId;
    String demoEmail;

    static List<CsvFiles.BadFile> badFiles() {
        return CsvFiles.badFiles();
    }

    static List<CsvFiles.GoodFile> goodFiles() {
        return CsvFiles.goodFiles();
    }

    @BeforeEach
    void pickCohortAndDemoLearner() {
        cohortId = cohorts.listCohorts().stream()
                .filter(c -> c.intakeYear() == 2026)
                .findFirst()
                .orElseThrow()
                .id();
        demoEmail = learners.roster(LearnerFilter.none(), PageRequest.of(0, 1))
                .getFirst()
                .email();
        assertThat(demoEmail).endsWith("@learners.example.org");
    }

    @AfterEach
    void deleteImportedLearners() {
        ImportedLearners.delete(jdbc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithItsProblemsAndWritesNothing(CsvFiles.BadFile file) {
        // The demo address in upper case: the database check ignores case.
        var bytes = CsvFiles.bytes("bad", file.name(), demoEmail.toUpperCase());
        var before = learners.countLearners();

        var preview = imports.preview(cohortId, bytes);
        assertThat(preview.problems())
                .extracting(ImportProblem::describe)
                .containsExactlyElementsOf(file.problems().stream()
                        .map(p -> p.replace(CsvFiles.DEMO_EMAIL, demoEmail))
                        .toList());
        assertThatThrownBy(() -> imports.importLearners(cohortId, bytes, ImportProgress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("Nothing was imported: ")
                .hasMessageContaining(file.problems().getFirst().replace(CsvFiles.DEMO_EMAIL, demoEmail));
        assertThat(learners.countLearners()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void goodFileImportsAllItsLearnersAsActive(CsvFiles.GoodFile file) {
        var bytes = CsvFiles.bytes("good", file.name(), demoEmail);
        var before = learners.countLearners();
        var preview = imports.preview(cohortId, bytes);
        assertThat(preview.isClean()).isTrue();

        var summary = imports.importLearners(cohortId, bytes, ImportProgress.NONE);
        assertThat(summary.imported()).isEqualTo(file.learners());
        assertThat(summary.cohortName()).isEqualTo("Fall 2026");
        assertThat(learners.countLearners()).isEqualTo(before + file.learners());
        // The roster search matches word prefixes, not domains: find the imported learners by cohort and email.
        var imported =
                learners.roster(new LearnerFilter(null, cohortId, null, null, null), PageRequest.of(0, 1000)).stream()
                        .filter(r -> r.email().endsWith(CsvFiles.TEST_DOMAIN))
                        .toList();
        assertThat(imported).hasSize(file.learners()).allSatisfy(r -> {
            assertThat(r.cohortId()).isEqualTo(cohortId);
            assertThat(r.status()).isEqualTo(LearnerStatus.ACTIVE);
            assertThat(r.email()).isLowerCase();
            assertThat(r.country()).matches("[A-Z]{2}");
        });
        assertThat(imported)
                .extracting(LearnerRow::email)
                .containsExactlyInAnyOrderElementsOf(
                        preview.rows().stream().map(r -> r.email()).toList());
    }
}
