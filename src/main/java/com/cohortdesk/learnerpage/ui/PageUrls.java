package com.cohortdesk.learnerpage.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Addresses the personal-link pages build: the app's own base address and calendar subscribe links. */
final class PageUrls {

    private PageUrls() {}

    /** This app's address as the browser reached it (scheme, host, port, context path). */
    static String baseUrl() {
        @Nullable VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) return "";
        var http = request.getHttpServletRequest();
        var scheme = http.getScheme();
        int port = http.getServerPort();
        var defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }

    static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }

    /** Google Calendar's "add by URL" link (it takes the webcal address as cid). */
    static String google(String url) {
        return "https://calendar.google.com/calendar/r?cid=" + URLEncoder.encode(webcal(url), StandardCharsets.UTF_8);
    }

    /** Outlook on the web's "add from web" link. */
    static String outlook(String url, String name) {
        return "https://outlook.live.com/calendar/0/addfromweb?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
