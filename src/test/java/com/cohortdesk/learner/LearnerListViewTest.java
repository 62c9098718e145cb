package com.cohortdesk.learner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.ui.LearnerListView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class LearnerListViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private int learnersOf(int intake) {
        return jdbc.queryForObject("select count(*) from learner l join cohort c on c.id = l.cohort_id where c.intake_year = ?",
                Integer.class, intake);
    }

    @SuppressWarnings("unchecked")
    private Grid<LearnerRow> grid() {
        return _get(Grid.class, spec -> spec.withId("learner-grid"));
    }

    @Test
    void rosterPagesFromTheDatabaseAndFilters() {
        signIn("admin");
        navigate("learners");
        NavigatorKt.expectView(LearnerListView.class);
        assertThat(GridKt._size(grid())).isEqualTo(600);

        @SuppressWarnings("unchecked")
        ComboBox<CohortSummary> cohort = _get(ComboBox.class, spec -> spec.withId("learner-cohort"));
        _setValue(cohort, cohort.getListDataView().getItems().filter(c -> c.intakeYear() == 2025).findFirst().orElseThrow());
        assertThat(GridKt._size(grid())).isEqualTo(learnersOf(2025)).isBetween(100, 150);
        assertThat(GridKt._get(grid(), 0).cohortName()).isEqualTo("Fall 2025");

        @SuppressWarnings("unchecked")
        Select<LearnerStatus> status = _get(Select.class, spec -> spec.withId("learner-status"));
        _setValue(status, LearnerStatus.ACTIVE);
        assertThat(GridKt._size(grid())).isBetween(100, 149);

        var someone = GridKt._get(grid(), 0);
        _setValue(_get(TextField.class, spec -> spec.withId("learner-search")), someone.email());
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains(someone.fullName(), someone.timeZone());
    }

    @Test
    void facultyReadTheirCohortsRosterAndCannotOpenAnotherByUrl() {
        signIn("ada");
        navigate("learners");
        assertThat(GridKt._size(grid())).isEqualTo(learnersOf(2026)).isGreaterThanOrEqualTo(150);
        assertThat(GridKt._get(grid(), 0).cohortName()).isEqualTo("Fall 2026");
        @SuppressWarnings("unchecked")
        ComboBox<CohortSummary> cohort = _get(ComboBox.class, spec -> spec.withId("learner-cohort"));
        assertThat(cohort.getListDataView().getItems()).extracting(CohortSummary::name).containsExactly("Fall 2026");

        long fall2025 = jdbc.queryForObject("select id from cohort where intake_year = 2025", Long.class);
        navigate("learners?cohort=" + fall2025);
        assertThat(_get(Paragraph.class, spec -> spec.withId("roster-notice")).getText())
                .isEqualTo("You can read only the rosters of the cohorts now taking your modules.");
        assertThat(GridKt._findAll(grid())).allSatisfy(r -> assertThat(r.cohortName()).isEqualTo("Fall 2026"));
    }

    @Test
    void filtersComeFromTheAddress() {
        signIn("admin");
        navigate("learners?status=GRADUATED&country=IN");
        assertThat(GridKt._size(grid())).isPositive();
        assertThat(GridKt._findAll(grid())).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(LearnerStatus.GRADUATED);
            assertThat(r.country()).isEqualTo("IN");
        });
    }
}
