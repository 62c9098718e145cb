package com.cohortdesk.notice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The unsubscribe addresses' own chain, ahead of the app's (like the calendar feeds'): open to anyone holding
 * a signed token (the controller checks it), stateless, no CSRF token (a mail client's one-click POST has none),
 * the same security headers as everywhere.
 */
@Configuration
class NoticeSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain noticeUnsubscribeChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/notices/unsubscribe/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
