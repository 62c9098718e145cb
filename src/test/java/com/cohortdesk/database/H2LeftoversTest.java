package com.cohortdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * A crash as H2 2.x can leave it (h2database#2080): a transaction's table and index entries stored without the
 * undo-log records that name them. The test makes that state on purpose: an uncommitted insert whose undo log is
 * emptied, the store saved, and the database shut down without closing (as a killed JVM leaves it).
 */
class H2LeftoversTest {

    @TempDir
    Path dir;

    @Test
    void findsTheFileOfAnH2FileUrlOnly() {
        assertThat(H2Leftovers.databaseFile("jdbc:h2:file:./data/cohortdesk;DB_CLOSE_ON_EXIT=FALSE"))
                .contains(Path.of("./data/cohortdesk.mv.db"));
        assertThat(H2Leftovers.databaseFile("JDBC:H2:FILE:/srv/db")).contains(Path.of("/srv/db.mv.db"));
        assertThat(H2Leftovers.databaseFile("jdbc:h2:file:~/cd"))
                .contains(Path.of(System.getProperty("user.home") + "/cd.mv.db"));
        assertThat(H2Leftovers.databaseFile("jdbc:h2:mem:test")).isEmpty();
        assertThat(H2Leftovers.databaseFile("jdbc:postgresql://localhost/cohortdesk"))
                .isEmpty();
    }

    @Test
    void aCrashedFileIsRepairedAndACleanOneIsLeftAlone() throws Exception {
        var url = crashWithLeftovers(dir.resolve("crashed"));
        var file = dir.resolve("crashed.mv.db");
        assertThat(H2Leftovers.closedCleanly(file)).isFalse();

        // What H2 alone makes of it (on a copy): the insert that never committed is counted
        Files.copy(file, dir.resolve("copy.mv.db"));
        try (var plain = DriverManager.getConnection(url.replace("crashed", "copy"), "sa", "")) {
            assertThat(count(plain, "select count(*) from learner"))
                    .as("H2 leaves the half-written insert behind (if this fails, H2 fixed h2database#2080)")
                    .isEqualTo(2);
        }

        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(H2Leftovers.repair(connection))
                    .as("the row and its index entry")
                    .isEqualTo(2);
            assertThat(count(connection, "select count(*) from learner")).isEqualTo(1);
            assertThat(count(connection, "select count(*) from learner where name = 'half imported'"))
                    .isZero();
            connection.createStatement().execute("insert into learner values (2, 'imported again')");
            assertThat(count(connection, "select count(*) from learner where name = 'imported again'"))
                    .isEqualTo(1);
            assertThat(H2Leftovers.repair(connection)).as("nothing left").isZero();
        }
        assertThat(H2Leftovers.closedCleanly(file))
                .as("closed by the last connection")
                .isTrue();
    }

    @Test
    void theDataSourceIsRepairedWhenItIsMadeBeforeAnythingUsesIt() throws Exception {
        var url = crashWithLeftovers(dir.resolve("app"));
        var repair = new H2CrashRepair();
        repair.setEnvironment(new MockEnvironment().withProperty("spring.datasource.url", url));
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");

        assertThat(repair.postProcessAfterInitialization(dataSource, "dataSource"))
                .isSameAs(dataSource);

        try (var connection = dataSource.getConnection()) {
            assertThat(count(connection, "select count(*) from learner")).isEqualTo(1);
        }
    }

    /** The database at {@code base}, left as a crash leaves it: row 1 committed, row 2's insert half-written. */
    private static String crashWithLeftovers(Path base) throws SQLException {
        var url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var setUp = DriverManager.getConnection(url, "sa", "");
                var importer = DriverManager.getConnection(url, "sa", "")) {
            setUp.createStatement().execute("create table learner (id bigint primary key, name varchar(50))");
            setUp.createStatement().execute("create index ix_learner_name on learner (name)");
            setUp.createStatement().execute("insert into learner values (1, 'kept')");
            importer.setAutoCommit(false);
            importer.createStatement().execute("insert into learner values (2, 'half imported')");
            var mvStore = ((SessionLocal) importer.unwrap(JdbcConnection.class).getSession())
                    .getDatabase()
                    .getStore()
                    .getMvStore();
            // The store saved the table and index entries but an older undo log, which did not name them yet
            for (var name : mvStore.getMapNames()) {
                if (!name.startsWith("undoLog")) continue;
                MVMap<?, ?> undoLog =
                        mvStore.getMap(Integer.parseInt(mvStore.getMetaMap().get("name." + name), 16));
                if (undoLog != null) undoLog.clear();
            }
            mvStore.commit();
            setUp.createStatement().execute("shutdown immediately"); // no close: as a killed JVM leaves the file
        } catch (SQLException closedByTheShutdown) {
            if (!"90121".equals(closedByTheShutdown.getSQLState())) throw closedByTheShutdown;
        }
        return url;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
