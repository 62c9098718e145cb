package com.cohortdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail; {@code nodeId} is the cluster node that wrote it (none before V59). */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable String details,
        @Nullable String remoteAddress,
        @Nullable String nodeId) {

    public AuditEntry(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String details,
            @Nullable String remoteAddress) {
        this(id, occurredAt, actor, action, entityType, entityId, details, remoteAddress, null);
    }
}
