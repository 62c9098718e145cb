package com.cohortdesk.security;

import com.cohortdesk.shared.TextRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What the staff account form submits (the username is fixed once the account exists). */
public record StaffDraft(String username, String displayName, String email, Set<Role> roles) {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    public static final int MAX_NAME_LENGTH = 120;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StaffDraft {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip();
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Why a username is refused, or null when it is fine (compared stripped and in lower case, as the draft keeps it). */
    public static @Nullable String usernameProblem(@Nullable String username) {
        var normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return USERNAME.matcher(normalised).matches()
                ? null
                : "The username needs 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.";
    }

    /** Why a display name is refused (none, too long, a line break or control character), or null when it is fine. */
    public static @Nullable String displayNameProblem(@Nullable String displayName) {
        var stripped = displayName == null ? "" : displayName.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH)
            return "Give a name of at most " + MAX_NAME_LENGTH + " characters.";
        var control = new ArrayList<String>(1);
        TextRules.checkSingleLine("name", stripped, control);
        return control.isEmpty() ? null : control.getFirst();
    }

    /** Why an email address is refused, or null when it is fine. */
    public static @Nullable String emailProblem(@Nullable String email) {
        var stripped = email == null ? "" : email.strip();
        if (!EMAIL.matcher(stripped).matches()
                || stripped.length() > 254
                || TextRules.singleLineProblem("email", stripped) != null) {
            return "Give a valid email address.";
        }
        return null;
    }

    /** Why a set of roles is refused (empty), or null when it is fine. */
    public static @Nullable String rolesProblem(@Nullable Set<Role> roles) {
        return roles == null || roles.isEmpty() ? "Choose at least one role." : null;
    }

    /** Problems with the draft on its own, in words (uniqueness is checked by the service). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        Stream.of(usernameProblem(username), displayNameProblem(displayName), emailProblem(email), rolesProblem(roles))
                .filter(Objects::nonNull)
                .forEach(problems::add);
        return problems;
    }
}
