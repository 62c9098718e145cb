package com.cohortdesk.learner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.learner.ui.LearnerListView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class LearnerListViewTest extends ViewTest {

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
        assertThat(GridKt._size(grid())).isEqualTo(150);
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
    void facultyCannotOpenTheRoster() {
        signIn("ada");
        // Vaadin's access control refuses the navigation (in the browser it shows the not-found page).
        assertThatThrownBy(() -> navigate("learners")).hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(c -> c.getClass().getSimpleName().endsWith("ListView"));
    }
}
