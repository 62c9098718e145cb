package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.TestProfiles;
import com.vaadin.flow.server.VaadinServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/** Real HTTP against the running app (same context as the browser tests): headers and session settings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private HttpResponse<String> get(String path) throws Exception {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (var path :
                new String[] {"/login", "/login?error", "/", "/actuator/health", "/VAADIN/build/does-not-exist.js"}) {
            var headers = get(path).headers();
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsOnly("SAMEORIGIN");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        }
        var csp = SecurityConfig.CONTENT_SECURITY_POLICY;
        assertThat(csp)
                .contains("frame-ancestors 'self'", "connect-src 'self'", "img-src 'self' data:", "object-src 'none'");
    }

    @Test
    void idleSessionsEndAndTheHeartbeatDoesNotKeepThemAlive() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        var servletContext = ((WebApplicationContext) context).getServletContext();
        assertThat(servletContext.getSessionTimeout())
                .as("server.servlet.session.timeout in minutes")
                .isEqualTo(30);
        var vaadin = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(VaadinServlet.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
