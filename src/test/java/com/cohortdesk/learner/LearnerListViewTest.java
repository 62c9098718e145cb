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
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class LearnerListViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    JdbcTemplate jdbc;

    private int learnersOf(int intake) {
        return jdbc.queryForObject(
                "select count(*) from learner l join cohort c on c.id = l.cohort_id where c.intake_year = ?",
                Integer.class,
                intake);
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
        _setValue(
                cohort,
                cohort.getListDataView()
                        .getItems()
                        .filter(c -> c.intakeYear() == 2025)
                        .findFirst()
                        .orElseThrow());
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
    void facultyReadTheLearnersOfTheOfferingsTheyLeadAndNobodyElseByUrl() {
        signIn("divya"); // leads MLDS201 (term 3) and MLDS203 (term 4): Fall 2025, Fall 2024 and Fall 2023
        navigate("learners");
        var hers = new HashSet<>(jdbc.queryForList("""
                select distinct e.learner_id from enrollment e join offering_lead ol on ol.offering_id = e.offering_id
                join staff_user s on s.id = ol.staff_user_id where s.username = 'divya'""", Long.class));
        assertThat(hers).hasSizeBetween(300, 599);
        assertThat(GridKt._findAll(grid())).extracting(r -> r.id()).hasSameElementsAs(hers);
        @SuppressWarnings("unchecked")
        ComboBox<CohortSummary> cohort = _get(ComboBox.class, spec -> spec.withId("learner-cohort"));
        assertThat(cohort.getListDataView().getItems())
                .extracting(CohortSummary::name)
                .containsExactly("Fall 2025", "Fall 2024", "Fall 2023");

        long fall2026 = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        navigate("learners?cohort=" + fall2026);
        assertThat(_get(Paragraph.class, spec -> spec.withId("roster-notice")).getText())
                .isEqualTo("You can read only the learners of the offerings you lead; showing all of them.");
        assertThat(GridKt._findAll(grid())).extracting(r -> r.id()).hasSameElementsAs(hers);
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
