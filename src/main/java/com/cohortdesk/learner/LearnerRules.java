package com.cohortdesk.learner;

import com.cohortdesk.shared.TextRules;
import com.cohortdesk.shared.Countries;
import com.cohortdesk.shared.EmailAddresses;
import com.cohortdesk.shared.ProgrammeTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** What makes a learner's details valid. Problems are keyed by field, in words. */
public final class LearnerRules {

    public static final int MAX_NAME_LENGTH = 160;
    public static final int MAX_EMAIL_LENGTH = EmailAddresses.MAX_LENGTH;

    private LearnerRules() {
    }

    public static boolean isValidEmail(String email) {
        return email != null && EmailAddresses.isValid(email.strip());
    }

    /** Field name → problem; empty when the details are valid. */
    public static Map<String, String> check(String fullName, String email, String country, String timeZone) {
        var problems = new LinkedHashMap<String, String>();
        putControlProblem(problems, "name", "name", fullName);
        putControlProblem(problems, "email", "email address", email);
        putControlProblem(problems, "country", "country", country);
        putControlProblem(problems, "timeZone", "time zone", timeZone);
        if (!problems.isEmpty()) return problems;
        if (fullName == null || fullName.isBlank()) {
            problems.put("name", "Enter the learner's name.");
        } else if (fullName.strip().length() > MAX_NAME_LENGTH) {
            problems.put("name", "The name is too long (at most " + MAX_NAME_LENGTH + " characters).");
        }
        if (!isValidEmail(email)) {
            problems.put("email", "\"" + (email == null ? "" : email.strip()) + "\" is not a valid email address.");
        }
        if (!Countries.isKnown(country)) {
            problems.put("country", "\"" + (country == null ? "" : country) + "\" is not a known country code.");
        }
        if (ProgrammeTime.parseZone(timeZone).isEmpty()) {
            problems.put("timeZone", ProgrammeTime.zoneProblem(timeZone));
        }
        return problems;
    }

    private static void putControlProblem(Map<String, String> problems, String key, String field, String value) {
        var list = new java.util.ArrayList<String>();
        TextRules.checkSingleLine(field, value, list);
        if (!list.isEmpty()) problems.put(key, list.getFirst());
    }
}
