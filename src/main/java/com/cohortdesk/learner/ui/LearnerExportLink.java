package com.cohortdesk.learner.ui;

import com.cohortdesk.learner.LearnerExportService;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.shared.ProgrammeTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * "Export CSV": downloads the learners the given filter selects, as {@code learners-2026-11-25.csv}
 * (the date in the programme zone). The filter is read when the link is clicked.
 */
public class LearnerExportLink extends Anchor {

    public LearnerExportLink(LearnerExportService exports, Clock clock, Supplier<LearnerFilter> filter) {
        super(handler(exports, clock, filter), AttachmentType.DOWNLOAD, "Export CSV");
        setId("learner-export");
        addClassName("export-link");
    }

    /** {@code learners-2026-11-25.csv}: today in the programme zone. */
    public static String fileName(Clock clock) {
        return "learners-" + LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE) + ".csv";
    }

    private static DownloadHandler handler(LearnerExportService exports, Clock clock, Supplier<LearnerFilter> filter) {
        return event -> {
            // The download request does not hold the session lock; read the filter fields under it.
            var selected = new AtomicReference<LearnerFilter>();
            event.getUI().accessSynchronously(() -> selected.set(filter.get()));
            event.setFileName(fileName(clock));
            event.setContentType("text/csv;charset=UTF-8");
            exports.writeRoster(selected.get(), event.getOutputStream());
        };
    }
}
