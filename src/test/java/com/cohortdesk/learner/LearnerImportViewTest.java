package com.cohortdesk.learner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.learner.csv.CsvFiles;
import com.cohortdesk.learner.csv.ImportProblem;
import com.cohortdesk.learner.csv.ImportRow;
import com.cohortdesk.learner.ui.LearnerExportLink;
import com.cohortdesk.learner.ui.LearnerImportView;
import com.cohortdesk.ui.NotFoundView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.shared.communication.PushMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class LearnerImportViewTest extends ViewTest {

    @AfterEach
    void deleteImportedLearners() {
        ImportedLearners.delete(context.getBean(JdbcTemplate.class));
    }

    private long cohortId() {
        return context.getBean(CohortService.class).listCohorts().stream()
                .filter(c -> c.intakeYear() == 2026)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("import-summary")).getText();
    }

    private static Button importButton() {
        return _get(Button.class, spec -> spec.withId("import-button"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportProblem> problems() {
        return _get(Grid.class, spec -> spec.withId("import-problems"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportRow> rows() {
        return _get(Grid.class, spec -> spec.withId("import-rows"));
    }

    private static void upload(String fileName, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), fileName, bytes);
    }

    @Test
    void cleanFileIsPreviewedThenImportedInTheBackground() throws InterruptedException {
        signIn("admin");
        var learners = context.getBean(LearnerService.class);
        var before = learners.countLearners();
        navigate("cohorts/" + cohortId() + "/import");
        NavigatorKt.expectView(LearnerImportView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Import learners into Fall 2026");

        upload("learners.csv", CsvFiles.generated(1_200).getBytes(StandardCharsets.UTF_8));
        assertThat(summary()).isEqualTo("learners.csv: 1,200 learners ready to import.");
        assertThat(_find(Grid.class, spec -> spec.withId("import-problems")))
                .as("no problems shown")
                .isEmpty();
        assertThat(GridKt._size(rows())).isEqualTo(1_200);
        assertThat(GridKt._getFormattedRow(rows(), 0))
                .containsExactly("2", "Learner 1", "learner.1@import-test.example", "IN", "Asia/Kolkata");
        assertThat(importButton().getText()).isEqualTo("Import 1,200 learners");
        assertThat(importButton().isEnabled()).isTrue();
        assertThat(learners.countLearners()).as("the preview writes nothing").isEqualTo(before);

        _click(importButton());
        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress"))
                        .isVisible())
                .isTrue();
        for (int i = 0; i < 400 && !summary().startsWith("Imported"); i++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(summary()).matches("Imported 1,200 learners into Fall 2026 in \\d+\\.\\d s\\.");
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(learners.countLearners()).isEqualTo(before + 1_200);
        assertThat(_find(Button.class, spec -> spec.withId("import-button"))).isEmpty();
    }

    @Test
    void onlyTheImportPageKeepsAPushConnection() {
        // The application shell turns push off for every UI (a browser's bootstrap applies it; Karibu's mock UI starts
        // from Vaadin's default); the import page turns it on for its UI while it is shown.
        assertThat(com.cohortdesk.Application.class.getAnnotation(Push.class).value())
                .isEqualTo(PushMode.DISABLED);
        signIn("admin");
        navigate("cohorts/" + cohortId() + "/import");
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.AUTOMATIC);
        navigate("learners");
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void fileWithProblemsListsThemAndCannotBeImported() {
        signIn("admin");
        var before = context.getBean(LearnerService.class).countLearners();
        navigate("cohorts/" + cohortId() + "/import");

        upload("several-problems.csv", CsvFiles.bytes("bad", "several-problems.csv", "nobody@import-test.example"));
        assertThat(summary()).isEqualTo("several-problems.csv: 8 problems found; fix the file and upload it again.");
        assertThat(GridKt._size(problems())).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(problems(), 0))
                .containsExactly("3", "email", "\"bob@@x\" is not a valid email address.");
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(context.getBean(LearnerService.class).countLearners()).isEqualTo(before);

        upload("latin-1.csv", CsvFiles.bytes("bad", "latin-1.csv", ""));
        assertThat(GridKt._getFormattedRow(problems(), 0)).first().isEqualTo("file");
        assertThat(_find(Grid.class, spec -> spec.withId("import-rows")))
                .as("no rows shown")
                .isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedOnTheServer() {
        signIn("admin");
        var before = context.getBean(LearnerService.class).countLearners();
        navigate("cohorts/" + cohortId() + "/import");
        var big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload("big.csv", big);
        assertThat(summary())
                .isEqualTo("\"big.csv\" was not uploaded: it is larger than 5 MB, the largest file you can import. "
                        + "Split it into smaller files.");
        assertThat(_find(Button.class, spec -> spec.withId("import-button")))
                .as("nothing to import")
                .isEmpty();
        assertThat(context.getBean(LearnerService.class).countLearners()).isEqualTo(before);
    }

    @Test
    void controlCharactersAreNamedByRowAndColumn() {
        signIn("admin");
        navigate("cohorts/" + cohortId() + "/import");
        upload("bel.csv", CsvFiles.bytes("bad", "bel-in-name.csv", ""));
        assertThat(GridKt._getFormattedRow(problems(), 0))
                .containsExactly("3", "name", "the name contains a control character (BEL, U+0007); remove it.");
        assertThat(importButton().isEnabled()).isFalse();
    }

    @Test
    void anUnknownCohortShowsTheNotFoundPage() {
        signIn("admin");
        navigate("cohorts/999999/import");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(NotFoundView.class::isInstance);
    }

    @Test
    void facultyCannotOpenTheImport() {
        signIn("ada");
        assertThatThrownBy(() -> navigate("cohorts/1/import")).hasRootCauseInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportLinkDownloadsTheRosterTheFilterSelects() {
        signIn("admin");
        navigate("learners");
        var cohortId = cohortId();
        var link = new LearnerExportLink(
                context.getBean(LearnerExportService.class),
                Clock.systemUTC(),
                () -> new LearnerFilter(null, cohortId, null, null, null));
        UI.getCurrent().add(link);

        var text = new String(DownloadKt._download(link), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFname,email,cohort,country,time zone,status\r\n");
        int learners = context.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from learner where cohort_id = ?", Integer.class, cohortId);
        assertThat(text.split("\r\n")).hasSize(learners + 1);
    }
}
