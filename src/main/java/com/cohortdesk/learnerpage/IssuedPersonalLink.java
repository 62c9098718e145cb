package com.cohortdesk.learnerpage;

/** A newly issued (or rotated) personal link: the token, known only now, and its path {@code /me/{token}}. */
public record IssuedPersonalLink(long learnerId, String token) {

    public String path() {
        return "/me/" + token;
    }
}
