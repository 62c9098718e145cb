package com.cohortdesk.enrollment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.ui.ViewTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LearnerPlanSectionTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeferredLearnersPlanShowsBothCohortsAndPassesTheRules() {
        signIn("admin");
        long deferred = jdbc.queryForObject(
                "select min(id) from learner where deferred_from_cohort_id is not null", Long.class);
        navigate("learners/" + deferred);
        var plan = _get(Div.class, s -> s.withId("learner-plan")).getElement().getTextRecursively();
        assertThat(_get(Paragraph.class, s -> s.withId("plan-check")).getText())
                .isEqualTo("The plan follows the programme rules.");
        assertThat(plan)
                .contains("Fall 2025")
                .contains("Completed")
                .contains("Withdrawn")
                .contains("Year 2, term 1 (term 4)");
        assertThat(_get(Paragraph.class, s -> s.withId("learner-cohort-line"))
                        .getElement()
                        .getTextRecursively())
                .contains("Fall 2026")
                .contains("deferred from Fall 2025");
    }

    @Test
    void aGraduatesPlanAddsUpTo90Ects() {
        signIn("admin");
        long graduate = jdbc.queryForObject("select min(id) from learner where status = 'GRADUATED'", Long.class);
        navigate("learners/" + graduate);
        var plan = _get(Div.class, s -> s.withId("learner-plan")).getElement().getTextRecursively();
        assertThat(plan).contains("12.5 / 12.5 ECTS").contains("20 / 20 ECTS").doesNotContain("Not enrolled");
        assertThat(_get(Paragraph.class, s -> s.withId("plan-check")).getText())
                .isEqualTo("The plan follows the programme rules.");
    }
}
