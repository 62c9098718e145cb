package com.cohortdesk.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.util.ProxyUtils;

/** Base of every editable entity: a database identity and an optimistic-locking version. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (other == null || ProxyUtils.getUserClass(this) != ProxyUtils.getUserClass(other)) return false;
        var id = getId();
        return id != null && id.equals(((VersionedEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return ProxyUtils.getUserClass(this).hashCode();
    }
}
