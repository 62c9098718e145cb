package com.cohortdesk.audit;

import jakarta.persistence.Entity;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Records every insert, update and delete of every entity, and every change of an entity's element
 * collection (roles, terms, module faculty), except entities marked {@link ExplicitlyAudited} (system output
 * whose services audit the user actions on it). The entry is written with plain JDBC on the session's
 * own connection, so it is part of the same transaction: a rolled-back change leaves no entry.
 */
final class EntityChangeListener
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PreCollectionUpdateEventListener {

    static final String INSERT =
            "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, details, "
                    + "remote_address, node_id) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Clock clock;
    private final String node;

    EntityChangeListener(Clock clock, String node) {
        this.clock = clock;
        this.node = node;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        var persister = event.getPersister();
        if (explicit(persister)) return;
        write(
                event.getSession(),
                AuditAction.CREATE,
                persister,
                event.getId(),
                formatter(event.getSession()).created(persister.getPropertyNames(), event.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var persister = event.getPersister();
        if (explicit(persister)) return;
        var details = formatter(event.getSession())
                .updated(
                        persister.getPropertyNames(),
                        event.getOldState(),
                        event.getState(),
                        event.getDirtyProperties());
        if (!details.isEmpty()) write(event.getSession(), AuditAction.UPDATE, persister, event.getId(), details);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        var persister = event.getPersister();
        if (explicit(persister)) return;
        write(
                event.getSession(),
                AuditAction.DELETE,
                persister,
                event.getId(),
                formatter(event.getSession()).deleted(persister.getPropertyNames(), event.getDeletedState()));
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        var owner = event.getAffectedOwnerOrNull();
        if (owner == null) return;
        PersistentCollection<?> collection = event.getCollection();
        var role = collection.getRole() == null ? "collection" : collection.getRole();
        var field = role.substring(role.lastIndexOf('.') + 1);
        Object before = collection.getStoredSnapshot();
        if (before instanceof Map<?, ?> map && !(collection instanceof Map<?, ?>)) before = map.values();
        var session = event.getSession();
        var persister = session.getEntityPersister(event.getAffectedOwnerEntityName(), owner);
        if (explicit(persister)) return;
        write(
                session,
                AuditAction.UPDATE,
                persister,
                event.getAffectedOwnerIdOrNull(),
                formatter(session).collectionChanged(field, before, collection));
    }

    /** Entities whose services audit the user actions on them explicitly ({@link ExplicitlyAudited}). */
    static boolean explicit(EntityPersister persister) {
        return persister.getMappedClass().isAnnotationPresent(ExplicitlyAudited.class);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static ChangeFormatter formatter(SharedSessionContractImplementor session) {
        return new ChangeFormatter(value -> reference(session, value));
    }

    private static @Nullable String reference(SharedSessionContractImplementor session, Object value) {
        if (value instanceof HibernateProxy proxy) {
            var initializer = proxy.getHibernateLazyInitializer();
            return simpleName(initializer.getEntityName()) + "#" + initializer.getInternalIdentifier();
        }
        if (!value.getClass().isAnnotationPresent(Entity.class)) return null;
        var id = session.getContextEntityIdentifier(value);
        return value.getClass().getSimpleName() + "#" + (id == null ? "new" : id);
    }

    static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private void write(
            SharedSessionContractImplementor session,
            AuditAction action,
            EntityPersister persister,
            @Nullable Object id,
            String details) {
        var actor = AuditActor.current();
        var address = AuditActor.remoteAddress();
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, now);
                insert.setString(2, AuditLog.cut(actor, 64));
                insert.setString(3, action.name());
                insert.setString(4, simpleName(persister.getEntityName()));
                insert.setString(5, id == null ? null : String.valueOf(id));
                insert.setString(6, details);
                insert.setString(7, address);
                insert.setString(8, node);
                insert.executeUpdate();
            }
        });
    }
}
