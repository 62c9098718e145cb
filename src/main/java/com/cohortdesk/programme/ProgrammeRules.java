package com.cohortdesk.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Checks a programme's module catalogue against the fixed schedule. Every violation comes back as a
 * sentence a programme officer understands; an empty list means the catalogue is valid.
 */
public final class ProgrammeRules {

    private ProgrammeRules() {}

    public static List<String> check(Collection<ModuleDefinition> modules) {
        var problems = new ArrayList<String>();
        checkDistinctModules(modules, problems);
        checkTermLoads(modules, problems);
        checkTotal(modules, problems);
        checkSplitModules(modules, problems);
        return problems;
    }

    private static void checkDistinctModules(Collection<ModuleDefinition> modules, List<String> problems) {
        var codes = new HashSet<String>();
        for (var module : modules) {
            if (!codes.add(module.code())) {
                problems.add("Module code " + module.code() + " is used by more than one module.");
            }
            if (module.slots().isEmpty()) {
                problems.add(name(module) + " is not taught in any term.");
            }
        }
        if (modules.size() != ProgrammeSchedule.DISTINCT_MODULES) {
            problems.add("The programme has " + ProgrammeSchedule.DISTINCT_MODULES + " modules, but " + modules.size()
                    + " are defined.");
        }
    }

    private static void checkTermLoads(Collection<ModuleDefinition> modules, List<String> problems) {
        Map<Integer, List<ModuleDefinition.Slot>> byTerm = new HashMap<>();
        for (var module : modules) {
            for (var slot : module.slots()) {
                if (slot.term() < 1 || slot.term() > ProgrammeSchedule.TERMS) {
                    problems.add(name(module) + " is placed in term " + slot.term()
                            + ", but the programme has terms 1 to " + ProgrammeSchedule.TERMS + ".");
                    continue;
                }
                byTerm.computeIfAbsent(slot.term(), t -> new ArrayList<>()).add(slot);
            }
        }
        for (var load : ProgrammeSchedule.terms()) {
            var slots = byTerm.getOrDefault(load.term(), List.of());
            if (slots.size() != load.modules()) {
                problems.add(load.label() + " must have " + load.modules() + " modules, but has " + slots.size() + ".");
            }
            var ects = slots.stream().map(ModuleDefinition.Slot::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (ects.compareTo(load.ects()) != 0) {
                problems.add(load.label() + " must be worth "
                        + load.ects().stripTrailingZeros().toPlainString() + " ECTS, but its modules add up to "
                        + ects.stripTrailingZeros().toPlainString() + ".");
            }
        }
    }

    private static void checkTotal(Collection<ModuleDefinition> modules, List<String> problems) {
        var total = modules.stream().map(ModuleDefinition::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(ProgrammeSchedule.TOTAL_ECTS) != 0) {
            problems.add("The programme must be worth " + ProgrammeSchedule.TOTAL_ECTS
                    + " ECTS in all, but its modules add up to "
                    + total.stripTrailingZeros().toPlainString() + ".");
        }
    }

    private static void checkSplitModules(Collection<ModuleDefinition> modules, List<String> problems) {
        var split = modules.stream().filter(ModuleDefinition::isSplit).toList();
        if (split.size() != 1) {
            problems.add("Exactly one module (ethics) is taught in parts, but " + split.size() + " are.");
        }
        for (var module : split) {
            var terms = module.slots().stream().map(ModuleDefinition.Slot::term).toList();
            if (!terms.equals(ProgrammeSchedule.SPLIT_MODULE_TERMS)) {
                problems.add(name(module) + " must be taught in terms 1, 3 and 5, but is placed in terms "
                        + module.terms() + ".");
            }
            var parts = module.slots().stream().map(ModuleDefinition.Slot::part).toList();
            var expected =
                    IntStream.rangeClosed(1, module.slots().size()).boxed().toList();
            if (!parts.equals(expected)) {
                problems.add(name(module) + " must take its parts in order (part 1 first), but terms " + module.terms()
                        + " hold parts "
                        + String.join(", ", parts.stream().map(String::valueOf).toList()) + ".");
            }
        }
    }

    private static String name(ModuleDefinition module) {
        return module.code() + " " + module.title();
    }
}
