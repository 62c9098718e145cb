package com.cohortdesk.security;

import com.cohortdesk.shared.TextRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the staff account form submits (the username is fixed once the account exists). */
public record StaffDraft(String username, String displayName, String email, Set<Role> roles) {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StaffDraft {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip();
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Problems with the draft on its own, in words (uniqueness is checked by the service). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("The username needs 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.");
        }
        if (displayName.isEmpty() || displayName.length() > 120) problems.add("Give a name of at most 120 characters.");
        TextRules.checkSingleLine("name", displayName, problems);
        if (!EMAIL.matcher(email).matches() || email.length() > 254 || TextRules.singleLineProblem("email", email) != null) {
            problems.add("Give a valid email address.");
        }
        if (roles.isEmpty()) problems.add("Choose at least one role.");
        return problems;
    }
}
