package com.cohortdesk.ui;

import java.util.Optional;

/**
 * Who is signed in and their display choice, as the main layout shows them; the security feature provides it (a
 * Spring bean), so the layout does not depend on that feature.
 */
public interface SignedInUser {

    /** The signed-in member of staff, or empty on a page nobody signed in to. */
    Optional<Identity> current();

    /** Keeps the signed-in user's choice of the dark colour scheme (audited). */
    void setDarkMode(boolean dark);

    /** {@code roles}: the roles as the header shows them, "Admin, Faculty". */
    record Identity(String displayName, String roles, boolean darkMode) {}
}
