package com.cohortdesk.enrollment;

import java.util.List;

/** What a bulk enrolment did: who was added to which modules, and who was skipped and why. */
public record EnrolReport(
        String cohortName, int term, List<String> modules, List<Added> added, List<Skipped> skipped, long millis) {

    public record Added(long learnerId, String learner, List<String> modules) {}

    public record Skipped(long learnerId, String learner, String reason) {}

    public int places() {
        return added.stream().mapToInt(a -> a.modules().size()).sum();
    }

    public String summary() {
        return added.size() + " learner" + (added.size() == 1 ? "" : "s") + " enrolled into " + places() + " place"
                + (places() == 1 ? "" : "s") + " in term " + term + " of " + cohortName + "; " + skipped.size()
                + " skipped.";
    }
}
