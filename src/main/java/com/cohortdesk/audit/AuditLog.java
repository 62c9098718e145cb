package com.cohortdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes security entries and reads the trail (plain SQL: the trail is append-only and never an entity). */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    AuditLog(JdbcTemplate jdbc, Clock clock, AuditNode node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node.id();
    }

    /** Appends an entry now (in the caller's transaction when there is one). */
    void record(
            String actor,
            AuditAction action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String details,
            @Nullable String remoteAddress) {
        jdbc.update(
                EntityChangeListener.INSERT,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                cut(actor, 64),
                action.name(),
                entityType,
                entityId,
                details == null ? null : ChangeFormatter.limit(details),
                remoteAddress == null ? null : cut(remoteAddress, 64),
                node);
    }

    /** One page of entries, newest first, filtered in the database; no count query. */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        var sql = new StringBuilder(
                "select id, occurred_at, actor, action, entity_type, entity_id, details, remote_address, "
                        + "node_id from audit_entry where 1 = 1");
        var args = new ArrayList<Object>();
        if (hasText(filter.actor())) {
            sql.append(" and lower(actor) like ?");
            args.add(filter.actor()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("%", "")
                            .replace("_", "\\_") + "%");
        }
        if (hasText(filter.entityType())) {
            sql.append(" and entity_type = ?");
            args.add(filter.entityType().strip());
        }
        if (hasText(filter.entityId())) {
            sql.append(" and entity_id = ?");
            args.add(filter.entityId().strip());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        sql.append(" order by occurred_at desc, id desc offset ? rows fetch next ? rows only");
        args.add(Math.max(0, offset));
        args.add(Math.max(0, limit));
        return jdbc.query(sql.toString(), AuditLog::row, args.toArray());
    }

    private static AuditEntry row(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                shared(rs.getString("actor")),
                shared(rs.getString("action")),
                shared(rs.getString("entity_type")),
                rs.getString("entity_id"),
                rs.getString("details"),
                shared(rs.getString("remote_address")),
                shared(rs.getString("node_id")));
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    /**
     * One copy of a value that few entries differ in (who, what, which record type, from where, which node): the
     * audit page keeps its rows for as long as it is open, and each copy of "admin" costs it 48 bytes (issue #15).
     */
    private static @Nullable String shared(@Nullable String value) {
        return value == null ? null : value.intern();
    }
}
