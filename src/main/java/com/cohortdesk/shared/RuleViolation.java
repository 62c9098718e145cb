package com.cohortdesk.shared;

import java.util.Collection;

/**
 * A refusal the user can act on: the input breaks one of the programme's rules, or the record it names does not
 * exist (any more). Its message is written for the user and is shown as it is; nothing was changed. Every other
 * exception is a fault of the app, shown only as "Something went wrong" with a reference to the log.
 */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }

    public RuleViolation(String message, Throwable cause) {
        super(message, cause);
    }

    /** One refusal naming every problem, in the order given. */
    public static RuleViolation of(Collection<String> problems) {
        return new RuleViolation(String.join(" ", problems));
    }
}
