package com.cohortdesk.learner.ui;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.ImportSummary;
import com.cohortdesk.learner.LearnerImportService;
import com.cohortdesk.learner.csv.ImportLimits;
import com.cohortdesk.learner.csv.ImportProblem;
import com.cohortdesk.learner.csv.ImportRow;
import com.cohortdesk.security.Role;
import com.cohortdesk.ui.ErrorHandling;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Imports learners into one cohort from a CSV file: upload, preview (problems and the learners that
 * would be added), then import on a background thread with a progress bar. Nothing is written unless
 * the preview is clean.
 */
@Route("cohorts/:cohortId/import")
@PageTitle("Import learners")
@RolesAllowed(Role.ADMIN_NAME)
public class LearnerImportView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(LearnerImportView.class);

    private final LearnerImportService imports;
    private final CohortService cohorts;
    private final Upload upload;
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button importButton = new Button("Import");
    private final ProgressBar progress = new ProgressBar();
    private final RouterLink backLink = new RouterLink("Back to learners", LearnerListView.class);
    private @Nullable CohortSummary cohort;
    private byte @Nullable [] cleanFile;

    LearnerImportView(LearnerImportService imports, CohortService cohorts, ImportLimits limits) {
        this.imports = imports;
        this.cohorts = cohorts;
        setSizeFull();
        upload = new Upload(new CsvUploadHandler(limits, this::showPreview, fileName -> tooLarge(fileName, limits)));
        upload.setUploadFormat(
                UploadFormat.RAW); // the body is the file: streamed through the cap, no multipart parsing
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.addFileRejectedListener(e -> showError("\"" + e.getFileName() + "\" was not uploaded: "
                + e.getErrorMessage() + " Upload a .csv file of at most "
                + limits.maxFileSize().toMegabytes() + " MB."));

        summary.setId("import-summary");
        summary.addClassName("import-summary");
        // Where the keyboard focus goes after an upload with problems and after the import (focusable by script only)
        summary.getElement().setAttribute("tabindex", "-1");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row() == 0 ? "file" : String.valueOf(p.row()))
                .setHeader("Row")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::column)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setMinHeight("10em");
        problems.getStyle().set("flex-shrink", "0");
        rows.setId("import-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.addColumn(ImportRow::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::name).setHeader("Name").setFlexGrow(2);
        rows.addColumn(ImportRow::email).setHeader("Email").setFlexGrow(2);
        rows.addColumn(ImportRow::country)
                .setHeader("Country")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> r.timeZone().getId()).setHeader("Time zone").setAutoWidth(true);
        rows.setMinHeight("10em");
        importButton.setId("import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        progress.setId("import-progress");
        backLink.setId("import-back");
        clearPreview();

        add(
                new ViewHeader(
                        "Upload a CSV file (UTF-8) with a header row and the columns name, email, country "
                                + "(a code such as GB or an English name) and time zone (such as Asia/Kolkata). You see every problem "
                                + "before anything is written.",
                        backLink),
                title,
                upload,
                summary,
                importButton,
                progress,
                problems,
                rows);
        setFlexGrow(1, rows);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("cohortId");
        cohort = id.flatMap(i ->
                        cohorts.listCohorts().stream().filter(c -> c.id() == i).findFirst())
                .orElse(null);
        if (cohort == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText("Import learners into " + cohort.name());
    }

    /** Checks an uploaded file and shows what it would import; the upload handler calls this. */
    public void showPreview(String fileName, byte[] bytes) {
        var target = requireCohort();
        var preview = imports.preview(target.id(), bytes);
        upload.clearFileList(); // the summary names the file; a fixed file can be uploaded straight away
        cleanFile = preview.isClean() ? bytes : null;
        summary.setText(fileName + ": " + preview.summary() + ".");
        summary.setClassName("error", !preview.problems().isEmpty());
        problems.setItems(preview.problems());
        problems.setAllRowsVisible(preview.problems().size() <= 20);
        problems.setVisible(!preview.problems().isEmpty());
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        var count = preview.rows().size();
        importButton.setText(String.format("Import %,d learner%s", count, count == 1 ? "" : "s"));
        importButton.setEnabled(preview.isClean());
        importButton.setVisible(true);
        // The upload's button was disabled while its one file was listed, so the focus has left it: the next step gets
        // it
        if (preview.isClean()) importButton.focus();
        else focusSummary();
    }

    private void tooLarge(String fileName, ImportLimits limits) {
        upload.clearFileList();
        cleanFile = null;
        clearPreview();
        showError("\"" + fileName + "\" was not uploaded: it is larger than "
                + limits.maxFileSize().toMegabytes()
                + " MB, the largest file you can import. Split it into smaller files.");
    }

    private void startImport() {
        var file = cleanFile;
        var target = requireCohort();
        if (file == null) return;
        cleanFile = null;
        var ui = UI.getCurrent();
        importButton.setEnabled(false);
        upload.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        summary.setText("Importing…");
        // The service checks the caller's role: the background thread carries the signed-in user.
        var executor =
                new DelegatingSecurityContextExecutor(VaadinService.getCurrent().getExecutor());
        executor.execute(() -> {
            try {
                var result = imports.importLearners(
                        target.id(), file, (done, total) -> access(ui, () -> progress.setValue((double) done / total)));
                access(ui, () -> finished(result));
            } catch (RuntimeException e) {
                access(ui, () -> failed(e));
            }
        });
    }

    private void finished(ImportSummary result) {
        progress.setVisible(false);
        importButton.setVisible(false);
        summary.setText(result.describe());
        summary.removeClassName("error");
        focusSummary(); // the import button the focus was on is gone
        var notification = Notification.show(result.describe(), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failed(RuntimeException e) {
        progress.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        importButton.setEnabled(false);
        // A refusal (the file changed meanwhile, an email was taken) shows its message; anything else only a reference.
        showError(ErrorHandling.messageFor(e));
    }

    private void clearPreview() {
        summary.setText("");
        problems.setVisible(false);
        rows.setVisible(false);
        importButton.setVisible(false);
        progress.setVisible(false);
    }

    private void showError(String message) {
        summary.setText(message);
        summary.addClassName("error");
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        focusSummary();
    }

    private void focusSummary() {
        summary.getElement().callJsFunction("focus");
    }

    private CohortSummary requireCohort() {
        if (cohort == null) throw new IllegalStateException("No cohort chosen");
        return cohort;
    }

    /**
     * The import reports its progress from a background thread, so this page, and only this page, keeps a push
     * connection open (the application shell has push off: an open WebSocket per signed-in UI costs memory, issue #15).
     */
    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    /** Leaving the page closes the push connection; an import still running goes on and its result waits. */
    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("The import page was closed; the import goes on");
        }
    }
}
