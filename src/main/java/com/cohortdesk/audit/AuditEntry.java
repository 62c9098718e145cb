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

    /** Where the entry came from: the client's address and the node that wrote it, as far as known ("" if neither). */
    public String origin() {
        var address = remoteAddress == null ? "" : remoteAddress;
        if (nodeId == null) return address;
        return address.isEmpty() ? nodeId : address + " · " + nodeId;
    }
}
