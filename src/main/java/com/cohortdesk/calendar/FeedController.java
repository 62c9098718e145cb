package com.cohortdesk.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /ical/{token}.ics} (and HEAD, which Spring MVC answers through the same method without the
 * body): Spring MVC, outside Vaadin, under its own stateless security chain ({@link FeedSecurityConfig}).
 * {@code If-None-Match} (or, without it, {@code If-Modified-Since}) answers 304 before any calendar is built.
 */
@Controller
class FeedController {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String CACHE_CONTROL = "private, max-age=300";
    private static final byte[] NOT_FOUND = "No calendar at this address.\n".getBytes(StandardCharsets.UTF_8);

    private final FeedServer server;

    FeedController(FeedServer server) {
        this.server = server;
    }

    @GetMapping("/ical/{file}")
    void feed(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        // every token is hashed and looked up, whatever it looks like; a name without .ics is then refused too
        var head = server.head(token, request.getHeader(HttpHeaders.USER_AGENT)).filter(h -> file.endsWith(".ics"));
        if (head.isEmpty()) {
            // a plain 404 here (sendError would forward to /error, which is behind the app's sign-in)
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write(NOT_FOUND);
            return;
        }
        var h = head.get();
        response.setHeader(HttpHeaders.ETAG, h.etag());
        response.setDateHeader(
                HttpHeaders.LAST_MODIFIED,
                h.lastModified().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (notModified(request, h)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var body = server.body(h);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean notModified(HttpServletRequest request, FeedServer.Head head) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(head.etag()) || tag.equals("W/" + head.etag()));
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && head.lastModified().truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
    }
}
