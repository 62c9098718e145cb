package com.cohortdesk.enrollment;

import static com.cohortdesk.enrollment.EnrollmentStatus.COMPLETED;
import static com.cohortdesk.enrollment.EnrollmentStatus.ENROLLED;
import static com.cohortdesk.enrollment.EnrollmentStatus.FAILED;
import static com.cohortdesk.enrollment.EnrollmentStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.enrollment.PlanRules.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static long ids = 1;

    static PlanEntry entry(
            int term, String code, int part, boolean split, String ects, EnrollmentStatus status, String cohort) {
        return new PlanEntry(
                ids++, term, code, code + " title", part, split, new BigDecimal(ects), status, cohort, ids);
    }

    /** A complete, valid two-year plan with every place completed. */
    static List<PlanEntry> completePlan() {
        return new ArrayList<>(List.of(
                entry(1, "M01", 1, false, "5", COMPLETED, "Fall 2024"),
                entry(1, "M02", 1, false, "5", COMPLETED, "Fall 2024"),
                entry(1, "ETH", 1, true, "2.5", COMPLETED, "Fall 2024"),
                entry(2, "M03", 1, false, "5", COMPLETED, "Fall 2024"),
                entry(2, "M04", 1, false, "7.5", COMPLETED, "Fall 2024"),
                entry(3, "M05", 1, false, "7.5", COMPLETED, "Fall 2024"),
                entry(3, "M06", 1, false, "5", COMPLETED, "Fall 2024"),
                entry(3, "ETH", 2, true, "2.5", COMPLETED, "Fall 2024"),
                entry(4, "M07", 1, false, "7.5", COMPLETED, "Fall 2024"),
                entry(4, "M08", 1, false, "7.5", COMPLETED, "Fall 2024"),
                entry(5, "M09", 1, false, "5", COMPLETED, "Fall 2024"),
                entry(5, "M10", 1, false, "7.5", COMPLETED, "Fall 2024"),
                entry(5, "ETH", 3, true, "2.5", COMPLETED, "Fall 2024"),
                entry(6, "M11", 1, false, "20", COMPLETED, "Fall 2024")));
    }

    @Test
    void aCompletePlanIsValidForAGraduate() {
        assertThat(PlanRules.check("Ann Lee", Standing.GRADUATED, completePlan()))
                .isEmpty();
    }

    @Test
    void aPlanInProgressIsValidForTheTermsTaken() {
        var plan = completePlan().subList(0, 5);
        plan.replaceAll(e -> e.term() == 2
                ? entry(2, e.moduleCode(), 1, false, e.ects().toPlainString(), ENROLLED, "Fall 2024")
                : e);
        assertThat(PlanRules.check("Ann Lee", Standing.ACTIVE, plan)).isEmpty();
    }

    @Test
    void aMissingModuleIsNamedWithTermAndLearner() {
        var plan = completePlan().subList(0, 4);
        plan.set(1, entry(1, "M02", 1, false, "5", WITHDRAWN, "Fall 2024"));
        assertThat(PlanRules.check("Ann Lee", Standing.ACTIVE, plan))
                .containsExactly(
                        "Ann Lee, Year 1, term 1 (term 1): takes 2 modules (ETH, M01) but the schedule has 3.",
                        "Ann Lee, Year 1, term 1 (term 1): 7.5 ECTS taken but the term is worth 12.5.",
                        "Ann Lee, Year 1, term 2 (term 2): takes 1 module (M03) but the schedule has 2.",
                        "Ann Lee, Year 1, term 2 (term 2): 5 ECTS taken but the term is worth 12.5.");
    }

    @Test
    void aFailedPlaceStillCountsAsTaken() {
        var plan = completePlan().subList(0, 3);
        plan.set(0, entry(1, "M01", 1, false, "5", FAILED, "Fall 2024"));
        assertThat(PlanRules.check("Ann Lee", Standing.ACTIVE, plan)).isEmpty();
    }

    @Test
    void ethicsOutOfOrderOrInTheWrongTermIsExplained() {
        var plan = completePlan();
        plan.removeIf(e -> e.moduleCode().equals("ETH") && e.part() == 1);
        plan.add(entry(1, "M12", 1, false, "2.5", COMPLETED, "Fall 2024"));
        assertThat(PlanRules.check("Ann Lee", Standing.ACTIVE, plan))
                .containsExactly("Ann Lee takes ETH ETH title (part 2) without part 1 before it.");
        var wrongTerm = completePlan();
        wrongTerm.replaceAll(e -> e.moduleCode().equals("ETH") && e.part() == 2
                ? entry(4, "ETH", 2, true, "2.5", COMPLETED, "Fall 2024")
                : e);
        assertThat(PlanRules.check("Ann Lee", Standing.ACTIVE, wrongTerm))
                .contains("Ann Lee takes ETH ETH title (part 2) in term 4, but part 2 belongs in term 3.");
    }

    @Test
    void twoPlacesInTheSameModuleAreRefused() {
        var plan = completePlan().subList(0, 3);
        plan.add(entry(1, "M01", 1, false, "5", ENROLLED, "Fall 2025"));
        assertThat(PlanRules.check("Ann Lee", Standing.ACTIVE, plan))
                .contains("Ann Lee holds two places in M01 M01 title: term 1 (Fall 2024) and term 1 (Fall 2025).");
    }

    @Test
    void aDeferredLearnerKeepsTheirCompletedTermsAndHoldsNoOpenPlace() {
        var plan = completePlan().subList(0, 8);
        plan.add(entry(4, "M07", 1, false, "7.5", WITHDRAWN, "Fall 2024"));
        plan.add(entry(4, "M08", 1, false, "7.5", WITHDRAWN, "Fall 2024"));
        assertThat(PlanRules.check("Ann Lee", Standing.INTERRUPTED, plan)).isEmpty();
        plan.add(entry(4, "M09", 1, false, "7.5", ENROLLED, "Fall 2024"));
        assertThat(PlanRules.check("Ann Lee", Standing.INTERRUPTED, plan))
                .contains("Ann Lee is interrupted but still holds a place in M09 M09 title (term 4, Fall 2024).");
    }

    @Test
    void aGraduateNeeds90CompletedEcts() {
        var plan = completePlan();
        plan.removeLast();
        assertThat(PlanRules.check("Ann Lee", Standing.GRADUATED, plan))
                .containsExactly("Ann Lee has graduated with 70 ECTS completed; the programme needs 90.");
    }
}
