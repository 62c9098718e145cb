package com.cohortdesk.security;

import com.cohortdesk.security.ui.LoginView;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Form login against the staff table, Vaadin's deny-by-default view access ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @AnonymousAllowed}), and method security on services ({@code @Secured}).
 * JSR-250 method security stays off: it would proxy the views, which carry the same annotations.
 * <p>
 * Sessions: the id changes at sign-in (Spring Security's session fixation protection), every session
 * is registered so that an administrator can end it (and disabling an account ends them), idle
 * sessions end after {@code server.servlet.session.timeout} ({@code vaadin.closeIdleSessions} keeps
 * Vaadin's heartbeat from holding them open). Headers: see {@link #CONTENT_SECURITY_POLICY}; HSTS on
 * every secure request (also one a trusted proxy marks https: {@code server.tomcat.remoteip.*}).
 * <p>
 * CSRF: Spring Security's token is required on every request that changes state except Vaadin's own
 * (which carry Vaadin's CSRF token), including the sign-in form: Vaadin's configurer would exempt the
 * login page, so this configuration sets CSRF up itself. The login page carries the token in its
 * {@code _csrf} meta tags and {@code vaadin-login-form} posts it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    /**
     * What a Vaadin 25 Flow app needs: its bootstrap and client use inline and evaluated scripts and
     * inline styles; everything else comes from the app's own origin (images also as data: URLs).
     * Framing: only by the app itself (as X-Frame-Options SAMEORIGIN, which Vaadin's configurer sets).
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil requestUtil, StaffSessions staffSessions)
            throws Exception {
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.headers(headers -> headers.httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 60 * 60))
                .frameOptions(frame -> frame.sameOrigin()) // Vaadin's configurer sets SAMEORIGIN too
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Vaadin writes its pages past the response wrapper that adds headers on commit: add them first.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(expiredSession(requestUtil)));
        // Sessions ended on another node (the registry above knows only this node's) end here at their next request.
        http.addFilterBefore(new EndedSessionsFilter(staffSessions, sessionRegistry), ConcurrentSessionFilter.class);
        // Any other address needs a signed-in user (not denyAll), so that an unknown address shows the
        // app's not-found page instead of an empty 403. Only the health endpoint is exposed by Actuator.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false) // set up above, without exempting the login form
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Argon2id (Spring Security's 5.8 defaults: 16 MiB, 2 iterations; no 72-byte limit as BCrypt has)
     * behind a delegating encoder: hashes carry their id ({@code {argon2}}, {@code {bcrypt}}), older
     * BCrypt hashes still match and are replaced at the next sign-in (see {@link StaffAuthenticationProvider}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    StaffAuthenticationProvider staffAuthenticationProvider(
            UserDetailsService users,
            UserDetailsPasswordService passwords,
            PasswordEncoder passwordEncoder,
            LoginAttempts attempts) {
        return new StaffAuthenticationProvider(users, passwords, passwordEncoder, attempts);
    }

    /** Spring's sign-in events, plus one for an attempt the throttle refused (recorded in the audit trail). */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(
                Map.of(StaffAuthenticationProvider.SignInThrottledException.class, SignInThrottledEvent.class));
        return events;
    }

    @Bean
    EndedSessionsFilter.SignInTime signInTime() {
        return new EndedSessionsFilter.SignInTime();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session (time-out, sign-out). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Publishes AuthorizationDeniedEvent for refused requests and method calls (the audit trail records them). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * A session an administrator ended (or whose account was disabled): Vaadin's own requests get
     * Vaadin's "session expired" answer, so the client reloads and lands on the login page; other
     * requests are redirected there.
     */
    private static SessionInformationExpiredStrategy expiredSession(RequestUtil requestUtil) {
        return event -> {
            var request = event.getRequest();
            var response = event.getResponse();
            if (requestUtil.isFrameworkInternalRequest(request)) {
                response.setContentType("application/json; charset=UTF-8");
                response.getOutputStream()
                        .write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
        };
    }
}
