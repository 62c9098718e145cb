package com.cohortdesk.privacy;

/** What an erased person's name and email become: {@code Erased learner 4821}, {@code erased-learner-4821@erased.invalid}. */
public record Pseudonym(String name, String email, String username) {

    /** What erased free text and erased values in the audit trail become. */
    public static final String ERASED = "erased";

    public static Pseudonym learner(long id) {
        return new Pseudonym(
                "Erased learner " + id, "erased-learner-" + id + "@erased.invalid", "erased-learner-" + id);
    }

    public static Pseudonym staff(long id) {
        return new Pseudonym("Erased staff " + id, "erased-staff-" + id + "@erased.invalid", "erased-staff-" + id);
    }
}
