package com.cohortdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which audit entries to list; a null or blank part does not filter. {@code to} is exclusive. */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entityType, String entityId) {
        return new AuditFilter(null, entityType, entityId, null, null);
    }
}
