package com.cohortdesk.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's view access control (annotation based, as by default) with one addition: a view refused to
 * a signed-in user is published as {@link ViewAccessDeniedEvent} for the audit trail. Anonymous
 * visitors sent to the login page are not recorded.
 */
@Configuration
class ViewAccessAuditing {

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(ApplicationEventPublisher events) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new AuditingResolver(events))
                .disabled();
    }

    static final class AuditingResolver implements AccessCheckDecisionResolver {

        private final DefaultAccessCheckDecisionResolver delegate = new DefaultAccessCheckDecisionResolver();
        private final transient ApplicationEventPublisher events;

        AuditingResolver(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            var result = delegate.resolve(results, context);
            if (result.decision() != AccessCheckDecision.ALLOW
                    && context.getPrincipal() != null
                    && !context.isErrorHandling()
                    && events != null) {
                events.publishEvent(new ViewAccessDeniedEvent(
                        context.getPrincipal().getName(),
                        "/" + context.getLocation().getPathWithQueryParameters(),
                        result.reason()));
            }
            return result;
        }
    }
}
