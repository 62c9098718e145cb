package com.cohortdesk.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit feature's writer for changes that other features make in bulk with JDBC (imports, enrolments,
 * place changes): one entry per entity, with who (the signed-in user, or {@code system}), when (the
 * application clock), from which address, and why. It writes in JDBC batches in the caller's
 * transaction, which must exist, so a rolled-back change leaves no entry and a committed one always has
 * its entries. Callers are services that have checked authorization already.
 */
@Component
public class AuditWriter {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    AuditWriter(JdbcTemplate jdbc, Clock clock, AuditNode node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node.id();
    }

    /**
     * Records the changes, each with the reason appended ("…; reason: Term 1 results recorded").
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Collection<AuditChange> changes, String reason) {
        if (changes.isEmpty()) return;
        var actor = AuditLog.cut(AuditActor.current(), 64);
        var address = AuditActor.remoteAddress();
        var cutAddress = address == null ? null : AuditLog.cut(address, 64);
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var why = reason.isBlank() ? "" : "; reason: " + reason.strip();
        jdbc.batchUpdate(
                EntityChangeListener.INSERT,
                changes instanceof List<AuditChange> list ? list : List.copyOf(changes),
                BATCH,
                (PreparedStatement insert, AuditChange change) ->
                        set(insert, now, actor, change, why, cutAddress, node));
    }

    private static void set(
            PreparedStatement insert,
            OffsetDateTime now,
            String actor,
            AuditChange change,
            String why,
            @Nullable String address,
            String node)
            throws SQLException {
        insert.setObject(1, now);
        insert.setString(2, actor);
        insert.setString(3, change.action().name());
        insert.setString(4, AuditLog.cut(change.entityType(), 64));
        insert.setString(5, AuditLog.cut(change.entityId(), 64));
        insert.setString(6, ChangeFormatter.limit(change.fields() + why));
        insert.setString(7, address);
        insert.setString(8, node);
    }
}
