package com.cohortdesk.demo;

import com.cohortdesk.programme.ModuleDefinition;
import com.cohortdesk.programme.ModuleDefinition.Slot;
import java.math.BigDecimal;
import java.util.List;

/** The twelve modules of the MSc in Machine Learning and Data Science, placed on the fixed schedule. */
final class DemoCatalogue {

    private DemoCatalogue() {}

    static List<ModuleDefinition> modules() {
        return List.of(
                single("MLDS101", "Probability and Statistics", 1, "5"),
                single("MLDS102", "Mathematics for Machine Learning", 1, "5"),
                new ModuleDefinition(
                        "MLDS100",
                        "Ethics of Machine Learning and AI Transparency",
                        List.of(
                                new Slot(1, 1, new BigDecimal("2.5")),
                                new Slot(3, 2, new BigDecimal("2.5")),
                                new Slot(5, 3, new BigDecimal("2.5")))),
                single("MLDS103", "Programming for Data Science (Python and R)", 2, "5"),
                single("MLDS104", "Supervised Learning", 2, "7.5"),
                single("MLDS201", "Deep Learning", 3, "7.5"),
                single("MLDS202", "Probabilistic Modelling", 3, "5"),
                single("MLDS203", "Unstructured Data: Text and Images", 4, "7.5"),
                single("MLDS204", "Anomaly Detection", 4, "7.5"),
                single("MLDS301", "Scalable Machine Learning with PySpark", 5, "5"),
                single("MLDS302", "Reinforcement Learning", 5, "7.5"),
                single("MLDS400", "Research Project (Research Portfolio)", 6, "20"));
    }

    private static ModuleDefinition single(String code, String title, int term, String ects) {
        return new ModuleDefinition(code, title, List.of(new Slot(term, 1, new BigDecimal(ects))));
    }
}
