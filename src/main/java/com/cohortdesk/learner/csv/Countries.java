package com.cohortdesk.learner.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Countries as ISO 3166-1 alpha-2 codes, given as a code (any case) or as the English name. */
public final class Countries {

    private static final Map<String, String> CODES = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(c -> c, Function.identity()));

    private static final Map<String, String> CODES_BY_ENGLISH_NAME = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    Function.identity(), (a, b) -> a));

    private Countries() {
    }

    /** The upper-case alpha-2 code for "gb", "GB" or "United Kingdom"; empty when it is not a country. */
    public static Optional<String> code(String codeOrName) {
        var text = codeOrName.strip();
        if (text.length() == 2) return Optional.ofNullable(CODES.get(text.toUpperCase(Locale.ROOT)));
        return Optional.ofNullable(CODES_BY_ENGLISH_NAME.get(text.toLowerCase(Locale.ROOT)));
    }
}
