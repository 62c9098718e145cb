package com.cohortdesk.calendar;

/** A newly issued (or rotated) link: the token, shown once, and its path {@code /ical/{token}.ics}. */
public record IssuedFeed(FeedSubject subject, long subjectId, String token) {

    public String path() {
        return "/ical/" + token + ".ics";
    }
}
