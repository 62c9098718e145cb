package com.cohortdesk.programme;

import com.cohortdesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.List;

/**
 * The programme's fixed schedule: six terms over two years, the number of modules a learner takes
 * in each term and the ECTS the term is worth (90 in all). Ethics is taught in parts in terms 1, 3
 * and 5.
 */
public final class ProgrammeSchedule {

    public static final int TERMS = 6;
    public static final int TERMS_PER_YEAR = 3;
    public static final int DISTINCT_MODULES = 12;
    public static final BigDecimal TOTAL_ECTS = new BigDecimal("90");
    /** The terms in which the split (ethics) module's parts are taught, in part order. */
    public static final List<Integer> SPLIT_MODULE_TERMS = List.of(1, 3, 5);

    /** One term of the schedule. */
    public record TermLoad(int term, int modules, BigDecimal ects) {

        public int year() {
            return (term - 1) / TERMS_PER_YEAR + 1;
        }

        public int termOfYear() {
            return (term - 1) % TERMS_PER_YEAR + 1;
        }

        public String label() {
            return "Year " + year() + ", term " + termOfYear() + " (term " + term + ")";
        }
    }

    private static final List<TermLoad> LOADS = List.of(
            new TermLoad(1, 3, new BigDecimal("12.5")),
            new TermLoad(2, 2, new BigDecimal("12.5")),
            new TermLoad(3, 3, new BigDecimal("15")),
            new TermLoad(4, 2, new BigDecimal("15")),
            new TermLoad(5, 3, new BigDecimal("15")),
            new TermLoad(6, 1, new BigDecimal("20")));

    private ProgrammeSchedule() {}

    public static List<TermLoad> terms() {
        return LOADS;
    }

    public static TermLoad term(int term) {
        if (term < 1 || term > TERMS) {
            throw new RuleViolation("There is no term " + term + "; the programme has terms 1 to " + TERMS + ".");
        }
        return LOADS.get(term - 1);
    }

    /** The terms' labels, term 1 first (the filters' term choices). */
    public static List<String> termLabels() {
        return LOADS.stream().map(TermLoad::label).toList();
    }

    /** Module places over all terms (14: twelve modules, ethics counted three times). */
    public static int modulePlaces() {
        return LOADS.stream().mapToInt(TermLoad::modules).sum();
    }
}
