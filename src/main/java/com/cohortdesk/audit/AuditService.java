package com.cohortdesk.audit;

import com.cohortdesk.security.Role;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail, for administrators. */
@Service
public class AuditService {

    public static final int MAX_PAGE = 500;

    private final AuditLog log;
    private final EntityManagerFactory entityManagerFactory;

    AuditService(AuditLog log, EntityManagerFactory entityManagerFactory) {
        this.log = log;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** One page of entries, newest first (paged in the database, no count). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return log.find(filter, offset, Math.min(limit, MAX_PAGE));
    }

    /** The entity types the trail can hold (every JPA entity), for the filter. */
    @Secured(Role.ADMIN_AUTHORITY)
    public List<String> entityTypes() {
        return entityManagerFactory.getMetamodel().getEntities().stream()
                .map(EntityType::getName)
                .sorted()
                .toList();
    }
}
