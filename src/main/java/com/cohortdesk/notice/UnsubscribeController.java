package com.cohortdesk.notice;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs {@code List-Unsubscribe=One-Click} to the address in
 * the {@code List-Unsubscribe} header; a person following the link gets a page with one button that POSTs
 * the same. The signed token is the only credential (stateless chain, no CSRF token: {@link NoticeSecurityConfig}).
 */
@Controller
class UnsubscribeController {

    private final Unsubscriber unsubscriber;

    UnsubscribeController(Unsubscriber unsubscriber) {
        this.unsubscriber = unsubscriber;
    }

    @GetMapping("/notices/unsubscribe/{token}")
    ResponseEntity<String> page(@PathVariable String token) {
        if (!unsubscriber.valid(token)) return notFound();
        return html(
                HttpStatus.OK,
                "<h1>Stop reminders</h1><p>Reminders of deadlines and sessions (and staff digests) will stop. "
                        + "Notices about changes to your sessions and deadlines are always sent.</p>"
                        + "<form method=\"post\" action=\"/notices/unsubscribe/" + HtmlUtils.htmlEscape(token) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Stop reminders</button></form>");
    }

    @PostMapping("/notices/unsubscribe/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        if (!unsubscriber.unsubscribe(token)) return notFound();
        return html(
                HttpStatus.OK,
                "<h1>Done</h1><p>You will receive no more reminders. The programme office can switch them on again.</p>");
    }

    private static ResponseEntity<String> notFound() {
        return html(HttpStatus.NOT_FOUND, "<h1>Unknown link</h1><p>This unsubscribe link is not valid.</p>");
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(
                        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Cohort Desk</title></head><body>"
                                + body + "</body></html>");
    }
}
