package com.cohortdesk.shared;

import java.util.regex.Pattern;

/** A sane check of an email address: one {@code @}, a plain local part, a domain with a dot. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}", Pattern.CASE_INSENSITIVE);

    private EmailAddresses() {}

    public static boolean isValid(String email) {
        if (email.length() > MAX_LENGTH) return false;
        var at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at > 64) return false;
        return LOCAL.matcher(email.substring(0, at)).matches()
                && DOMAIN.matcher(email.substring(at + 1)).matches();
    }
}
