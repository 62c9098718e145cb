package com.cohortdesk.enrollment;

import com.cohortdesk.programme.ProgrammeSchedule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The programme's rules for one learner's plan. Violations come back as sentences that name the
 * learner, the term and the module; an empty list means the plan is sound.
 *
 * <ul>
 * <li>In every term the learner takes, the places taken (enrolled, completed or failed) match the
 * schedule: 3/2/3/2/3/1 modules worth 12.5/12.5/15/15/15/20 ECTS.</li>
 * <li>A graduate has completed 90 ECTS.</li>
 * <li>The ethics parts are taken in order, in terms 1, 3 and 5.</li>
 * <li>No learner holds two places in the same module (part).</li>
 * <li>A withdrawn, interrupted or graduated learner holds no open (enrolled) place.</li>
 * </ul>
 */
public final class PlanRules {

    private PlanRules() {}

    /** The learner's standing as the rules need it. */
    public enum Standing {
        ACTIVE,
        INTERRUPTED,
        WITHDRAWN,
        GRADUATED
    }

    public static List<String> check(String learner, Standing standing, List<PlanEntry> plan) {
        var problems = new ArrayList<String>();
        var taken = plan.stream().filter(e -> e.status().takesPlace()).toList();
        checkTermLoads(learner, taken, problems);
        checkDuplicates(learner, taken, problems);
        checkSplitModuleOrder(learner, taken, problems);
        if (standing == Standing.GRADUATED) {
            var completed = plan.stream()
                    .filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                    .map(PlanEntry::ects)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (completed.compareTo(ProgrammeSchedule.TOTAL_ECTS) != 0) {
                problems.add(learner + " has graduated with " + plain(completed)
                        + " ECTS completed; the programme needs " + plain(ProgrammeSchedule.TOTAL_ECTS) + ".");
            }
        }
        if (standing != Standing.ACTIVE) {
            plan.stream()
                    .filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                    .forEach(e -> problems.add(learner + " is "
                            + standing.name().toLowerCase() + " but still holds a place in " + e.moduleLabel()
                            + " (term " + e.term()
                            + ", " + e.cohortName() + ")."));
        }
        return problems;
    }

    private static void checkTermLoads(String learner, List<PlanEntry> taken, List<String> problems) {
        Map<Integer, List<PlanEntry>> byTerm =
                taken.stream().collect(Collectors.groupingBy(PlanEntry::term, TreeMap::new, Collectors.toList()));
        byTerm.forEach((term, entries) -> {
            var load = ProgrammeSchedule.term(term);
            if (entries.size() != load.modules()) {
                problems.add(learner + ", " + load.label() + ": takes " + entries.size() + " module"
                        + (entries.size() == 1 ? "" : "s")
                        + " ("
                        + entries.stream().map(PlanEntry::moduleCode).sorted().collect(Collectors.joining(", "))
                        + ") but the schedule has " + load.modules() + ".");
            }
            var ects = entries.stream().map(PlanEntry::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (ects.compareTo(load.ects()) != 0) {
                problems.add(learner + ", " + load.label() + ": " + plain(ects) + " ECTS taken but the term is worth "
                        + plain(load.ects()) + ".");
            }
        });
    }

    private static void checkDuplicates(String learner, List<PlanEntry> taken, List<String> problems) {
        var seen = new HashMap<String, PlanEntry>();
        for (var entry : taken) {
            var key = entry.moduleCode() + "#" + entry.part();
            var earlier = seen.putIfAbsent(key, entry);
            if (earlier != null) {
                problems.add(learner + " holds two places in " + entry.moduleLabel() + ": term " + earlier.term() + " ("
                        + earlier.cohortName() + ") and term " + entry.term() + " (" + entry.cohortName() + ").");
            }
        }
    }

    private static void checkSplitModuleOrder(String learner, List<PlanEntry> taken, List<String> problems) {
        for (var entry : taken.stream().filter(PlanEntry::splitModule).toList()) {
            int expectedTerm = ProgrammeSchedule.SPLIT_MODULE_TERMS.get(Math.min(entry.part(), 3) - 1);
            if (entry.term() != expectedTerm) {
                problems.add(learner + " takes " + entry.moduleLabel() + " in term " + entry.term() + ", but part "
                        + entry.part() + " belongs in term " + expectedTerm + ".");
            }
            if (entry.part() > 1
                    && taken.stream()
                            .noneMatch(
                                    e -> e.moduleCode().equals(entry.moduleCode()) && e.part() == entry.part() - 1)) {
                problems.add(learner + " takes " + entry.moduleLabel() + " without part " + (entry.part() - 1)
                        + " before it.");
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
