package com.cohortdesk.assessment;

/** The kinds of assessment the programme uses. */
public enum AssessmentType {
    QUIZ("Quiz"),
    PEER_REVIEW("Peer review"),
    COURSEWORK("Coursework"),
    PROJECT("Project"),
    EXAM("Exam");

    private final String label;

    AssessmentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
