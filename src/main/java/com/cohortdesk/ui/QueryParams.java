package com.cohortdesk.ui;

import java.util.Optional;

/** Reading values from the address (query parameters of deep links) without trusting them. */
public final class QueryParams {

    private QueryParams() {}

    public static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
