package com.cohortdesk.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.value.VersionedValue;

/**
 * What H2 2.x can leave in its file when the JVM is killed while transactions write (h2database#2080): a store saves
 * the maps one after another while other threads go on writing, so a chunk can hold a transaction's newest table and
 * index entries without the undo-log records that name them. On reopening, H2 rolls back only what the undo log
 * lists; the rest stays marked with the dead transaction's id, is counted by {@code count(*)}, and once a new
 * transaction reuses that id its rows look like the new transaction's own (visible after it commits, locked while it
 * runs). Right after the database opens, with no transaction open, every entry still marked with a transaction is
 * such a leftover: {@link #repair} puts back its committed value, or removes it when there was none (an insert).
 * This reads H2's storage classes directly; {@code CrashRecoveryIT} and {@code H2LeftoversTest} guard H2 upgrades.
 *
 * <p>Every leftover is taken as uncommitted. That is the case the crash leaves most: a long transaction (an import)
 * writing when the JVM dies. A transaction whose commit H2 was still marking entry by entry when a store caught it
 * can also leave such entries; this takes those back too (H2 alone would show them, and the uncommitted ones with
 * them).
 */
final class H2Leftovers {

    private H2Leftovers() {}

    /** The {@code .mv.db} file of a {@code jdbc:h2:file:} URL, or empty for any other URL (memory, server, other databases). */
    static Optional<Path> databaseFile(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:file:", 0, "jdbc:h2:file:".length())) return Optional.empty();
        var path = url.substring("jdbc:h2:file:".length());
        int settings = path.indexOf(';');
        if (settings >= 0) path = path.substring(0, settings);
        if (path.startsWith("~")) path = System.getProperty("user.home") + path.substring(1);
        return Optional.of(Path.of(path + ".mv.db"));
    }

    /**
     * Whether H2 closed the file cleanly: its header (the file's first block) says {@code clean:1}. H2 writes that on
     * close and drops it with the first chunk it writes after opening, so a file without it may hold leftovers.
     */
    static boolean closedCleanly(Path file) throws IOException {
        var header = new byte[4096];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        var text = new String(header, 0, read, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        if (end >= 0) text = text.substring(0, end);
        for (var field : text.split(",")) {
            if (field.trim().equals("clean:1")) return true;
        }
        return false;
    }

    /**
     * Puts back the committed state of every table and index entry still marked with a transaction, and stores the
     * result; returns how many entries it repaired. Only right after the database opened: it refuses when any
     * transaction is open, since their entries are marked the same way.
     */
    static long repair(Connection connection) throws SQLException {
        var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        var store = session.getDatabase().getStore();
        if (!store.getTransactionStore().getOpenTransactions().isEmpty()) {
            throw new IllegalStateException(
                    "H2 has open transactions; leftovers can only be told apart right after it opened");
        }
        var mvStore = store.getMvStore();
        long repaired = 0;
        for (var name : mvStore.getMapNames()) {
            if (!name.startsWith("table.") && !name.startsWith("index.")) continue;
            var id = mvStore.getMetaMap().get("name." + name);
            if (id == null) continue;
            MVMap<Object, VersionedValue<?>> map = mvStore.getMap(Integer.parseInt(id, 16));
            if (map == null) continue;
            var keys = new ArrayList<Object>();
            var committed = new ArrayList<Object>();
            for (var cursor = map.cursor(null); cursor.hasNext(); ) {
                var key = cursor.next();
                var value = cursor.getValue();
                if (value != null && value.getOperationId() != 0) {
                    keys.add(key);
                    committed.add(value.getCommittedValue());
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                // H2 stores a committed value as the Value itself, which is its own VersionedValue
                if (committed.get(i) == null) map.remove(keys.get(i));
                else map.put(keys.get(i), (VersionedValue<?>) committed.get(i));
            }
            repaired += keys.size();
        }
        if (repaired > 0) mvStore.commit();
        return repaired;
    }
}
