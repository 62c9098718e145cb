package com.cohortdesk.calendar.ui;

import com.cohortdesk.calendar.FeedLink;
import com.cohortdesk.calendar.IssuedFeed;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A feed link: its state ("last read 2 hours ago by Google-Calendar-Importer"), and the actions. Only the
 * token's hash is kept, so the address itself is shown right after it is issued or rotated (with a copy
 * button and the subscribe links); later it can only be rotated (a new address) or revoked.
 */
public class FeedLinkPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final String calendarName;
    private final Supplier<FeedLink> load;
    private final Supplier<IssuedFeed> issue;
    private final Supplier<FeedLink> revoke;
    private final Clock clock;
    private final ZoneId zone;
    private final Div state = new Div();
    private final Div issued = new Div();
    private final Button issueButton = new Button();
    private final Button revokeButton = new Button("Revoke link", VaadinIcon.BAN.create());

    public FeedLinkPanel(
            String calendarName,
            Supplier<FeedLink> load,
            Supplier<IssuedFeed> issue,
            Supplier<FeedLink> revoke,
            Clock clock,
            ZoneId zone) {
        this.calendarName = calendarName;
        this.load = load;
        this.issue = issue;
        this.revoke = revoke;
        this.clock = clock;
        this.zone = zone;
        setPadding(false);
        setSpacing(false);
        addClassName("feed-link");
        state.setId("feed-link-state");
        issueButton.setId("feed-link-issue");
        issueButton.addClickListener(e -> {
            var link = issue.get();
            showIssued(link);
            refresh();
            Feedback.saved("A new calendar link was issued; any earlier one no longer works.");
        });
        revokeButton.setId("feed-link-revoke");
        revokeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revokeButton.addClickListener(e -> {
            revoke.get();
            issued.removeAll();
            refresh();
            Feedback.saved("The calendar link was revoked.");
        });
        add(state, issued, new HorizontalLayout(issueButton, revokeButton));
        refresh();
    }

    private void refresh() {
        var link = load.get();
        state.setText(describe(link, clock.instant(), zone));
        issueButton.setText(link.active() ? "Rotate link" : "Issue link");
        issueButton.setIcon(link.active() ? VaadinIcon.REFRESH.create() : VaadinIcon.LINK.create());
        revokeButton.setVisible(link.active());
    }

    /** "Issued 3 Nov 2026, 10:00 by admin; last read 2 hours ago by Google-Calendar-Importer", or why there is none. */
    static String describe(FeedLink link, Instant now, ZoneId zone) {
        if (!link.active()) {
            return link.revokedAt() == null
                    ? "No calendar link yet."
                    : "The calendar link was revoked on "
                            + WHEN.format(link.revokedAt().atZone(zone)) + ".";
        }
        var text = "Calendar link issued "
                + (link.issuedAt() == null ? "" : WHEN.format(link.issuedAt().atZone(zone)))
                + (link.issuedBy() == null ? "" : " by " + link.issuedBy()) + "; ";
        if (link.lastFetchedAt() == null) return text + "not read yet.";
        return text + "last read " + ago(Duration.between(link.lastFetchedAt(), now))
                + (link.lastUserAgent() == null || link.lastUserAgent().isBlank() ? "" : " by " + link.lastUserAgent())
                + ".";
    }

    static String ago(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) return "just now";
        if (minutes < 60) return minutes == 1 ? "a minute ago" : minutes + " minutes ago";
        long hours = minutes / 60;
        if (hours < 48) return hours == 1 ? "an hour ago" : hours + " hours ago";
        return hours / 24 + " days ago";
    }

    private void showIssued(IssuedFeed link) {
        issued.removeAll();
        var url = baseUrl() + link.path();
        var field = new TextField("Calendar address (shown once; copy it now)");
        field.setId("feed-link-url");
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Feedback.saved("Copied.");
        });
        copy.setId("feed-link-copy");
        var links = new HorizontalLayout(
                subscribe("Subscribe (webcal)", webcal(url), "feed-link-webcal"),
                subscribe("Subscribe in Google Calendar", google(url), "feed-link-google"),
                subscribe("Subscribe in Outlook", outlook(url, calendarName), "feed-link-outlook"));
        links.setWrap(true);
        issued.add(
                field,
                copy,
                links,
                new Paragraph("Anyone with this address can read the calendar: send it only to its owner."));
    }

    private static Anchor subscribe(String text, String href, String id) {
        var anchor = new Anchor();
        anchor.setText(text);
        anchor.setTarget(AnchorTarget.BLANK);
        // webcal: is not on Vaadin's list of safe schemes; every address here is built by this class from our own URL
        anchor.setUnsafeHref(href);
        anchor.setId(id);
        return anchor;
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
}
