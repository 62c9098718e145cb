package com.cohortdesk.enrollment;

import com.cohortdesk.programme.ProgrammeSchedule;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for one learner and one term's offerings, which places to add and why any are skipped.
 * Plain code: the service loads the facts, this applies the programme's rules.
 */
final class EnrollmentDecisions {

    /** An offering of the term being enrolled. */
    record TermOffering(long offeringId, String moduleCode, String moduleTitle, int part, int parts) {
        String label() {
            return moduleCode + " " + moduleTitle + (parts > 1 ? " (part " + part + ")" : "");
        }
    }

    /** A place the learner already holds. */
    record Held(String moduleCode, int part, int term, EnrollmentStatus status, String cohortName, long offeringId) {}

    /** The outcome for one learner: offerings to enrol into, and the reasons for what was skipped. */
    record Decision(List<TermOffering> add, List<String> skipped) {}

    private EnrollmentDecisions() {}

    static Decision decide(
            String learner, boolean active, String standing, int term, List<TermOffering> offerings, List<Held> held) {
        var add = new ArrayList<TermOffering>();
        var skipped = new ArrayList<String>();
        if (!active) {
            skipped.add(learner + " is " + standing + ", so is not enrolled.");
            return new Decision(add, skipped);
        }
        for (var offering : offerings) {
            var here = held.stream()
                    .filter(h -> h.offeringId() == offering.offeringId())
                    .findFirst();
            if (here.isPresent()) {
                skipped.add("already " + here.get().status().label().toLowerCase() + " in " + offering.moduleCode());
                continue;
            }
            var elsewhere = held.stream()
                    .filter(h -> h.status().takesPlace()
                            && h.moduleCode().equals(offering.moduleCode())
                            && h.part() == offering.part())
                    .findFirst();
            if (elsewhere.isPresent()) {
                skipped.add("already took " + offering.label() + " with "
                        + elsewhere.get().cohortName());
                continue;
            }
            if (offering.part() > 1
                    && held.stream()
                            .noneMatch(h -> h.status().takesPlace()
                                    && h.moduleCode().equals(offering.moduleCode())
                                    && h.part() == offering.part() - 1)) {
                skipped.add("has not taken part " + (offering.part() - 1) + " of " + offering.moduleCode()
                        + ", so cannot take part " + offering.part());
                continue;
            }
            add.add(offering);
        }
        long alreadyInTerm = held.stream()
                .filter(h -> h.term() == term && h.status().takesPlace())
                .count();
        int allowed = ProgrammeSchedule.term(term).modules();
        if (alreadyInTerm + add.size() > allowed) {
            skipped.add("would take " + (alreadyInTerm + add.size()) + " modules in term " + term
                    + " (the schedule has " + allowed + ")");
            add.clear();
        }
        return new Decision(
                add, skipped.isEmpty() ? List.of() : List.of(learner + ": " + String.join("; ", skipped) + "."));
    }
}
