package com.cohortdesk.learner.csv;

import java.util.Collection;
import java.util.Set;

/** Which of the given lower-case email addresses already belong to a learner. */
@FunctionalInterface
public interface ExistingEmails {

    Set<String> findExisting(Collection<String> emails);

    static ExistingEmails none() {
        return emails -> Set.of();
    }
}
