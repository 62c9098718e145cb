package com.cohortdesk.session;

import com.cohortdesk.shared.RuleViolation;
import java.util.List;

/** A save refused because of conflicts; an administrator may save anyway with a reason. */
public class SessionConflictException extends RuleViolation {

    private final List<String> conflicts;

    public SessionConflictException(List<String> conflicts) {
        super(
                conflicts.size() == 1
                        ? conflicts.getFirst()
                        : conflicts.getFirst() + " (and " + (conflicts.size() - 1) + " more conflicts)");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
