package com.cohortdesk.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.programme.ModuleDefinition.Slot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {

    /** A valid catalogue: the fixed schedule with ethics in terms 1, 3 and 5. */
    static List<ModuleDefinition> validCatalogue() {
        return new ArrayList<>(List.of(
                single("M01", "Probability", 1, "5"),
                single("M02", "Maths for ML", 1, "5"),
                new ModuleDefinition("ETH", "Ethics", List.of(slot(1, 1, "2.5"), slot(3, 2, "2.5"), slot(5, 3, "2.5"))),
                single("M03", "Programming", 2, "5"),
                single("M04", "Supervised", 2, "7.5"),
                single("M05", "Deep learning", 3, "7.5"),
                single("M06", "Probabilistic", 3, "5"),
                single("M07", "Unstructured", 4, "7.5"),
                single("M08", "Anomalies", 4, "7.5"),
                single("M09", "PySpark", 5, "5"),
                single("M10", "RL", 5, "7.5"),
                single("M11", "Research project", 6, "20")));
    }

    @Test
    void validCatalogueHasNoProblems() {
        assertThat(ProgrammeRules.check(validCatalogue())).isEmpty();
    }

    @Test
    void scheduleAddsUpTo90EctsAnd14Places() {
        assertThat(ProgrammeSchedule.terms().stream()
                        .map(ProgrammeSchedule.TermLoad::ects)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("90");
        assertThat(ProgrammeSchedule.modulePlaces()).isEqualTo(14);
        assertThat(ProgrammeSchedule.terms())
                .extracting(ProgrammeSchedule.TermLoad::modules)
                .containsExactly(3, 2, 3, 2, 3, 1);
        assertThat(ProgrammeSchedule.term(4).label()).isEqualTo("Year 2, term 1 (term 4)");
    }

    @Test
    void aMissingModuleBreaksCountLoadAndEcts() {
        var catalogue = validCatalogue();
        catalogue.removeIf(m -> m.code().equals("M04"));
        assertThat(ProgrammeRules.check(catalogue))
                .containsExactlyInAnyOrder(
                        "The programme has 12 modules, but 11 are defined.",
                        "Year 1, term 2 (term 2) must have 2 modules, but has 1.",
                        "Year 1, term 2 (term 2) must be worth 12.5 ECTS, but its modules add up to 5.",
                        "The programme must be worth 90 ECTS in all, but its modules add up to 82.5.");
    }

    @Test
    void ectsOfATermMustMatch() {
        var catalogue = validCatalogue();
        catalogue.replaceAll(m -> m.code().equals("M11") ? single("M11", "Research project", 6, "15") : m);
        assertThat(ProgrammeRules.check(catalogue))
                .containsExactlyInAnyOrder(
                        "Year 2, term 3 (term 6) must be worth 20 ECTS, but its modules add up to 15.",
                        "The programme must be worth 90 ECTS in all, but its modules add up to 85.");
    }

    @Test
    void ethicsMustBeInTerms135() {
        var catalogue = validCatalogue();
        catalogue.replaceAll(m -> m.code().equals("ETH")
                ? new ModuleDefinition(
                        "ETH", "Ethics", List.of(slot(1, 1, "2.5"), slot(2, 2, "2.5"), slot(5, 3, "2.5")))
                : m);
        assertThat(ProgrammeRules.check(catalogue))
                .contains(
                        "ETH Ethics must be taught in terms 1, 3 and 5, but is placed in terms 1, 2, 5.",
                        "Year 1, term 2 (term 2) must have 2 modules, but has 3.");
    }

    @Test
    void ethicsPartsMustBeInOrder() {
        var catalogue = validCatalogue();
        catalogue.replaceAll(m -> m.code().equals("ETH")
                ? new ModuleDefinition(
                        "ETH", "Ethics", List.of(slot(1, 2, "2.5"), slot(3, 1, "2.5"), slot(5, 3, "2.5")))
                : m);
        assertThat(ProgrammeRules.check(catalogue))
                .containsExactly(
                        "ETH Ethics must take its parts in order (part 1 first), but terms 1, 3, 5 hold parts 2, 1, 3.");
    }

    @Test
    void duplicateCodesAndOutOfRangeTermsAreNamed() {
        var catalogue = validCatalogue();
        catalogue.replaceAll(m -> m.code().equals("M10") ? single("M09", "RL", 7, "7.5") : m);
        assertThat(ProgrammeRules.check(catalogue))
                .contains(
                        "Module code M09 is used by more than one module.",
                        "M09 RL is placed in term 7, but the programme has terms 1 to 6.");
    }

    @Test
    void onlyOneModuleMayBeSplit() {
        var catalogue = validCatalogue();
        catalogue.replaceAll(m -> m.code().equals("M11")
                ? new ModuleDefinition("M11", "Research project", List.of(slot(5, 1, "0.5"), slot(6, 2, "20")))
                : m);
        assertThat(ProgrammeRules.check(catalogue))
                .contains("Exactly one module (ethics) is taught in parts, but 2 are.");
    }

    @Test
    void unknownTermIsRefusedWithAMessage() {
        Assertions.assertThatThrownBy(() -> ProgrammeSchedule.term(7))
                .hasMessage("There is no term 7; the programme has terms 1 to 6.");
    }

    private static ModuleDefinition single(String code, String title, int term, String ects) {
        return new ModuleDefinition(code, title, List.of(slot(term, 1, ects)));
    }

    private static Slot slot(int term, int part, String ects) {
        return new Slot(term, part, new BigDecimal(ects));
    }
}
