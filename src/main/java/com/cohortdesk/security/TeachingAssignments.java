package com.cohortdesk.security;

import java.util.Map;
import java.util.Set;

/**
 * The modules a member of staff teaches, as the staff dialog edits them; contributed by the programme feature (a
 * Spring bean), so the security feature does not depend on it.
 */
public interface TeachingAssignments {

    /** Every module's code and title. */
    Map<String, String> moduleTitles();

    /** The codes of the modules the member of staff teaches. */
    Set<String> moduleCodesOf(long staffUserId);

    /** Makes the member of staff teach exactly these modules. */
    void setModulesOf(long staffUserId, Set<String> moduleCodes);
}
