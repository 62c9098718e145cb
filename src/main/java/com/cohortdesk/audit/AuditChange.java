package com.cohortdesk.audit;

import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One change that a feature writes in bulk (JDBC batches, which the Hibernate listeners never see), for
 * {@link AuditWriter}: the entity, what happened to it, and the fields in the trail's usual words
 * ("status: ENROLLED → COMPLETED", "fullName = 'Ada'"). Build it with {@link #created} or {@link #updated}.
 */
public record AuditChange(String entityType, String entityId, AuditAction action, String fields) {

    private static final ChangeFormatter FORMAT =
            new ChangeFormatter(value -> value instanceof Reference r ? r.toString() : null);

    /** A new entity with its fields, in the given order. */
    public static AuditChange created(String entityType, Object id, Map<String, ? extends @Nullable Object> fields) {
        var details = new StringJoiner("; ");
        fields.forEach((name, value) -> details.add(name + " = " + FORMAT.format(value)));
        return new AuditChange(entityType, String.valueOf(id), AuditAction.CREATE, details.toString());
    }

    /** One field of an existing entity changed. */
    public static AuditChange updated(
            String entityType, Object id, String field, @Nullable Object before, @Nullable Object after) {
        return new AuditChange(
                entityType,
                String.valueOf(id),
                AuditAction.UPDATE,
                field + ": " + FORMAT.format(before) + " → " + FORMAT.format(after));
    }

    /** A field value that points at another entity, written as the listeners write it ("Cohort#3"). */
    public static Object reference(String entityType, Object id) {
        return new Reference(entityType, id);
    }

    private record Reference(String entityType, Object id) {
        @Override
        public String toString() {
            return entityType + "#" + id;
        }
    }
}
