package com.cohortdesk.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An online meeting link: an absolute https URL with a host, at most 500 characters. */
public final class MeetingLinks {

    public static final int MAX_LENGTH = 500;

    private MeetingLinks() {}

    public static boolean isValid(String link) {
        var value = link.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isWhitespace))
            return false;
        try {
            var uri = new URI(value);
            return uri.getScheme() != null
                    && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && uri.getHost() != null
                    && uri.getHost().contains(".")
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
