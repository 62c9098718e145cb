package com.cohortdesk.learner;

import com.cohortdesk.shared.Countries;
import com.cohortdesk.shared.EmailAddresses;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.TextRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What makes a learner's details valid. Problems are keyed by field, in words. */
public final class LearnerRules {

    public static final int MAX_NAME_LENGTH = 160;
    public static final int MAX_EMAIL_LENGTH = EmailAddresses.MAX_LENGTH;

    private LearnerRules() {}

    public static boolean isValidEmail(String email) {
        return email != null && EmailAddresses.isValid(email.strip());
    }

    /** Field name → problem; empty when the details are valid. The form checks each field with the same rules. */
    public static Map<String, String> check(String fullName, String email, String country, String timeZone) {
        var problems = new LinkedHashMap<String, String>();
        put(problems, "name", nameProblem(fullName));
        put(problems, "email", emailProblem(email));
        put(problems, "country", countryProblem(country));
        put(problems, "timeZone", timeZoneProblem(timeZone));
        return problems;
    }

    /** Why a learner's name is refused, or null when it is fine. */
    public static @Nullable String nameProblem(@Nullable String fullName) {
        var control = controlProblem("name", fullName);
        if (control != null) return control;
        if (fullName == null || fullName.isBlank()) return "Enter the learner's name.";
        if (fullName.strip().length() > MAX_NAME_LENGTH)
            return "The name is too long (at most " + MAX_NAME_LENGTH + " characters).";
        return null;
    }

    /** Why a learner's email address is refused, or null when it is fine. */
    public static @Nullable String emailProblem(@Nullable String email) {
        var control = controlProblem("email address", email);
        if (control != null) return control;
        if (!isValidEmail(email))
            return "\"" + (email == null ? "" : email.strip()) + "\" is not a valid email address.";
        return null;
    }

    /** Why a country code is refused, or null when it is a known one. */
    public static @Nullable String countryProblem(@Nullable String country) {
        var control = controlProblem("country", country);
        if (control != null) return control;
        if (!Countries.isKnown(country))
            return "\"" + (country == null ? "" : country) + "\" is not a known country code.";
        return null;
    }

    /** Why a time zone is refused, or null when it is a region name Java knows. */
    public static @Nullable String timeZoneProblem(@Nullable String timeZone) {
        var control = controlProblem("time zone", timeZone);
        if (control != null) return control;
        if (ProgrammeTime.parseZone(timeZone).isEmpty()) return ProgrammeTime.zoneProblem(timeZone);
        return null;
    }

    private static void put(Map<String, String> problems, String key, @Nullable String problem) {
        if (problem != null) problems.put(key, problem);
    }

    private static @Nullable String controlProblem(String field, @Nullable String value) {
        var list = new ArrayList<String>(1);
        TextRules.checkSingleLine(field, value, list);
        return list.isEmpty() ? null : list.getFirst();
    }
}
