package com.cohortdesk.cohort;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.cohort.ui.CohortListView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.AccessDeniedException;
import org.junit.jupiter.api.Test;

class CohortListViewTest extends ViewTest {

    @Test
    void listsEveryCohortNewestFirstWithStatusAndTerms() {
        signIn("admin");
        navigate("cohorts");
        NavigatorKt.expectView(CohortListView.class);
        @SuppressWarnings("unchecked")
        Grid<CohortSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("Fall 2026");
        assertThat(GridKt._getFormattedRow(grid, 3)).contains("Fall 2023", "2023", "2 Oct 2023 – 21 Jan 2024");
        assertThat(GridKt._get(grid, 3).status()).isEqualTo(CohortStatus.COMPLETED);
    }

    @Test
    void facultyCannotOpenIt() {
        signIn("ben");
        // Vaadin's access control refuses the navigation (in the browser it shows the not-found page).
        assertThatThrownBy(() -> navigate("cohorts")).hasRootCauseInstanceOf(AccessDeniedException.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(c -> c.getClass().getSimpleName().endsWith("ListView"));
    }
}
