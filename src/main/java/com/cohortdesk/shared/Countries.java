package com.cohortdesk.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries with their English names. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    public static String name(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.UK);
    }

    /** The alpha-2 code for a code or an English country name, any case; empty when unknown. */
    public static Optional<String> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) return Optional.empty();
        var value = codeOrName.strip();
        if (value.length() == 2 && isKnown(value)) return Optional.of(value.toUpperCase(Locale.ROOT));
        return CODES.stream().filter(c -> name(c).equalsIgnoreCase(value)).findFirst();
    }

    /** Every code, sorted by English name, for pickers. */
    public static List<String> codesByName() {
        return CODES.stream().sorted(Comparator.comparing(Countries::name)).toList();
    }
}
