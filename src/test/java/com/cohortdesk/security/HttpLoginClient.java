package com.cohortdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A browser-like client for the real sign-in form over HTTP: keeps its cookies, reads the CSRF token
 * from the login page's meta tags (as vaadin-login-form does) and posts the form.
 */
final class HttpLoginClient {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    final HttpClient client;
    private final int port;
    private @Nullable String token;
    private @Nullable String parameter;

    HttpLoginClient(int port) {
        this(port, null);
    }

    /** {@code localAddress}: the loopback address to connect from (127.0.0.2 is another client than 127.0.0.1). */
    HttpLoginClient(int port, @Nullable InetAddress localAddress) {
        this.port = port;
        var builder = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) builder.localAddress(localAddress);
        this.client = builder.build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var builder = request(path).GET();
        if (headers.length > 0) builder.headers(headers);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and keeps its CSRF token (and the session cookie the token belongs to). */
    HttpResponse<String> openLoginPage() throws Exception {
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var tokenMatch = TOKEN.matcher(page.body());
        var parameterMatch = PARAMETER.matcher(page.body());
        assertThat(tokenMatch.find())
                .as("the login page carries the CSRF token for vaadin-login-form")
                .isTrue();
        assertThat(parameterMatch.find()).isTrue();
        token = tokenMatch.group(1);
        parameter = parameterMatch.group(1);
        return page;
    }

    HttpRequest signInRequest(String username, String password, boolean withToken, String... headers) {
        var form = "username=" + encode(username) + "&password=" + encode(password);
        if (withToken) form += "&" + encode(parameter) + "=" + encode(token);
        var builder = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) builder.headers(headers);
        return builder.build();
    }

    HttpResponse<String> signIn(String username, String password, String... headers) throws Exception {
        return client.send(signInRequest(username, password, true, headers), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> signInAsync(String username, String password) {
        return client.sendAsync(signInRequest(username, password, true), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(@Nullable String value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
