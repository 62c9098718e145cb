package com.cohortdesk.learner;

import com.cohortdesk.audit.AuditChange;
import com.cohortdesk.audit.AuditWriter;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.csv.ImportLimits;
import com.cohortdesk.learner.csv.ImportPreview;
import com.cohortdesk.learner.csv.ImportRow;
import com.cohortdesk.learner.csv.LearnerCsvCheck;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.RuleViolation;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports learners from a CSV file into a cohort: first a preview of what the file would add and what
 * is wrong with it, then the import itself, which checks again and writes all learners or none.
 */
@Service
public class LearnerImportService {

    private static final Logger log = LoggerFactory.getLogger(LearnerImportService.class);
    private static final int QUERY_CHUNK = 1000;
    private static final int INSERT_BATCH = 500;
    private static final String INSERT = """
            insert into learner (cohort_id, cohort_name, full_name, email, country, time_zone, status, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""";

    private final LearnerRepository learners;
    private final CohortService cohorts;
    private final JdbcTemplate jdbc;
    private final ImportLimits limits;
    private final AuditWriter audit;
    private final LearnerStatusCounts statusCounts;

    LearnerImportService(
            LearnerRepository learners,
            CohortService cohorts,
            JdbcTemplate jdbc,
            ImportLimits limits,
            AuditWriter audit,
            LearnerStatusCounts statusCounts) {
        this.statusCounts = statusCounts;
        this.learners = learners;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
        this.limits = limits;
        this.audit = audit;
    }

    /** What the file would import into the cohort, and every problem with it. Writes nothing. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public ImportPreview preview(long cohortId, byte[] file) {
        cohort(cohortId);
        return LearnerCsvCheck.check(file, limits, this::findExistingEmails);
    }

    /**
     * Checks the file again and adds all its learners to the cohort as active learners in one
     * transaction; refuses the whole file when anything is wrong with it.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public ImportSummary importLearners(long cohortId, byte[] file, ImportProgress progress) {
        long started = System.nanoTime();
        var cohort = cohort(cohortId);
        var preview = LearnerCsvCheck.check(file, limits, this::findExistingEmails);
        if (!preview.isClean()) {
            throw new RuleViolation("Nothing was imported: " + preview.summary() + ". " + preview.firstProblems(5));
        }
        var rows = preview.rows();
        try {
            for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
                var batch = rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH));
                insert(cohort.id(), cohort.name(), batch);
                progress.update(from + batch.size(), rows.size());
            }
        } catch (DataIntegrityViolationException e) {
            log.info("Import refused by the database: {}", e.getMessage());
            throw new RuleViolation(
                    "Nothing was imported: some of these email addresses were added meanwhile. "
                            + "Upload the file again to see which.",
                    e);
        }
        // The batches write the learner table directly: the dashboard's counts follow in the same transaction.
        statusCounts.add(cohort.id(), LearnerStatus.ACTIVE, rows.size());
        var summary = new ImportSummary(cohort.name(), rows.size(), Duration.ofNanos(System.nanoTime() - started));
        log.info("{} (cohort id {})", summary.describe(), cohortId);
        return summary;
    }

    private void insert(long cohortId, String cohortName, List<ImportRow> batch) {
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        var row = batch.get(i);
                        statement.setLong(1, cohortId);
                        statement.setString(2, cohortName);
                        statement.setString(3, row.name());
                        statement.setString(4, row.email());
                        statement.setString(5, row.country());
                        statement.setString(6, row.timeZone().getId());
                        statement.setString(7, LearnerStatus.ACTIVE.name());
                    }

                    @Override
                    public int getBatchSize() {
                        return batch.size();
                    }
                },
                keys);
        var ids = keys.getKeyList().stream()
                .map(key -> ((Number) key.values().iterator().next()).longValue())
                .toList();
        if (ids.size() != batch.size())
            throw new DataRetrievalFailureException(
                    "The database returned " + ids.size() + " keys for " + batch.size() + " learners.");
        // The roster search reads the stored search words (see LearnerSearch); the entity keeps them for
        // learners saved through JPA, this batch insert writes them itself.
        var words = new ArrayList<Object[]>();
        var changes = new ArrayList<AuditChange>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            var row = batch.get(i);
            long id = ids.get(i);
            LearnerSearch.words(row.name(), row.email()).forEach(word -> words.add(new Object[] {id, word}));
            var fields = new LinkedHashMap<String, Object>();
            fields.put("cohort", AuditChange.reference("Cohort", cohortId));
            fields.put("fullName", row.name());
            fields.put("email", row.email());
            fields.put("country", row.country());
            fields.put("timeZone", row.timeZone().getId());
            fields.put("status", LearnerStatus.ACTIVE);
            changes.add(AuditChange.created("Learner", id, fields));
        }
        jdbc.batchUpdate("insert into learner_search_word (learner_id, word) values (?, ?)", words);
        audit.record(changes, "imported from a CSV file into " + cohortName);
    }

    private CohortSummary cohort(long cohortId) {
        return cohorts.listCohorts().stream()
                .filter(c -> c.id() == cohortId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("There is no cohort with id " + cohortId + "."));
    }

    /** Asks the database in chunks, so that a large file does not make one huge query. */
    private Set<String> findExistingEmails(Collection<String> emails) {
        var list = List.copyOf(emails);
        var found = new HashSet<String>();
        for (int from = 0; from < list.size(); from += QUERY_CHUNK) {
            found.addAll(learners.findExistingEmails(list.subList(from, Math.min(list.size(), from + QUERY_CHUNK))));
        }
        return found;
    }
}
