package com.cohortdesk.learner;

import com.cohortdesk.shared.ProgrammeTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway V67: the day a graduated or withdrawn learner's studies ended ({@code learner.ended_on}), which the retention
 * period counts from, kept on the learner so that "who is due for erasure" reads an index instead of every learner's
 * status history. Filled here from what the privacy feature computed until now: the programme-zone day of the last
 * change to the learner's status, or, with none recorded (a learner added already graduated), the end of the cohort's
 * programme (its sixth term). In Java because H2 and PostgreSQL disagree on a timestamp's day in a named zone.
 */
@Component
class LearnerEndDateMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("67");
    }

    @Override
    public String getDescription() {
        return "learner ended on";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var ddl = connection.createStatement()) {
            ddl.execute("alter table learner add column ended_on date");
            // Not yet erased learners by end day: "due by day X" is a range of this index.
            ddl.execute("create index ix_learner_erasure_due on learner (erased_at, ended_on)");
        }
        try (var read = connection.createStatement();
                var rows = read.executeQuery("""
                        select l.id,
                            (select max(h.changed_at) from learner_status_change h where h.learner_id = l.id and h.to_status = l.status),
                            (select t.ends_on from cohort_term t where t.cohort_id = l.cohort_id and t.term_no = 6)
                        from learner l where l.status in ('GRADUATED', 'WITHDRAWN')""");
                var update = connection.prepareStatement("update learner set ended_on = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                var changedAt = rows.getObject(2, OffsetDateTime.class);
                var programmeEnd = rows.getObject(3, LocalDate.class);
                var endedOn = changedAt != null
                        ? LocalDate.ofInstant(changedAt.toInstant(), ProgrammeTime.ZONE)
                        : programmeEnd;
                if (endedOn == null) continue;
                update.setObject(1, endedOn);
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending % 1000 == 0) update.executeBatch();
            }
            update.executeBatch();
        }
    }
}
