package com.cohortdesk.learner;

import com.cohortdesk.learner.csv.RosterCsvWriter;
import com.cohortdesk.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Exports the roster as CSV. It reads through {@link LearnerService#roster} page by page, so that the
 * export filters and authorizes exactly as the roster screen does.
 */
@Service
public class LearnerExportService {

    static final int PAGE_SIZE = 1000;
    private static final Sort ORDER = Sort.by("cohortName", "fullName");

    private final LearnerService learners;

    LearnerExportService(LearnerService learners) {
        this.learners = learners;
    }

    /** Writes the learners the filter selects to {@code out} (left open) and returns how many. */
    @Secured(Role.ADMIN_AUTHORITY)
    public int writeRoster(LearnerFilter filter, OutputStream out) throws IOException {
        var csv = new RosterCsvWriter(out);
        int written = 0;
        for (int page = 0; ; page++) {
            var rows = learners.roster(filter, PageRequest.of(page, PAGE_SIZE, ORDER));
            for (var r : rows) {
                csv.row(
                        r.fullName(),
                        r.email(),
                        r.cohortName(),
                        r.country(),
                        r.timeZone(),
                        r.status().label());
            }
            written += rows.size();
            if (rows.size() < PAGE_SIZE) break;
        }
        csv.flush();
        return written;
    }
}
