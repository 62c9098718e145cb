package com.cohortdesk.learner;

/** What an administrator can do to a learner's standing, and the status each action leads to. */
public enum StatusAction {
    INTERRUPT("Interrupt (defer to a later cohort)", LearnerStatus.INTERRUPTED),
    RESUME("Resume", LearnerStatus.ACTIVE),
    WITHDRAW("Withdraw", LearnerStatus.WITHDRAWN),
    GRADUATE("Graduate", LearnerStatus.GRADUATED);

    private final String label;
    private final LearnerStatus target;

    StatusAction(String label, LearnerStatus target) {
        this.label = label;
        this.target = target;
    }

    public String label() {
        return label;
    }

    public LearnerStatus target() {
        return target;
    }
}
