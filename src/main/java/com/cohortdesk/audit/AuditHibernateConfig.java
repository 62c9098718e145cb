package com.cohortdesk.audit;

import java.time.Clock;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EntityChangeListener} for every entity through a Hibernate integrator, so it is in
 * place before the first entity is written (including at start-up) and covers entities added later.
 */
@Configuration
class AuditHibernateConfig {

    /** This node's name in the trail: {@code cohortdesk.node-id} when set, otherwise host name:port. */
    @Bean
    AuditNode auditNode(@Value("${cohortdesk.node-id:}") String configured, @Value("${server.port:8080}") String port) {
        return new AuditNode(configured, port);
    }

    @Bean
    HibernatePropertiesCustomizer auditListenerRegistration(Clock clock, AuditNode node) {
        var listener = new EntityChangeListener(clock, node.id());
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(
                    Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
                var registry = sessionFactory.getEventListenerRegistry();
                registry.appendListeners(EventType.POST_INSERT, listener);
                registry.appendListeners(EventType.POST_UPDATE, listener);
                registry.appendListeners(EventType.POST_DELETE, listener);
                registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
            }
        };
        return properties ->
                properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(integrator));
    }
}
