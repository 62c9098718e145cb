package com.cohortdesk.learner;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Flyway V6: the search words of the learners that exist before V3 made their table (Spring Boot runs it). */
@Component
class LearnerSearchWordsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "learner search words";
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
        try (var read = connection.createStatement();
                var learners = read.executeQuery("select id, full_name, email from learner");
                var insert = connection.prepareStatement(
                        "insert into learner_search_word (learner_id, word) values (?, ?)")) {
            int pending = 0;
            while (learners.next()) {
                for (var word : LearnerSearch.words(learners.getString(2), learners.getString(3))) {
                    insert.setLong(1, learners.getLong(1));
                    insert.setString(2, word);
                    insert.addBatch();
                    if (++pending % 1000 == 0) insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
