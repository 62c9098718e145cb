package com.cohortdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.security.ui.StaffListView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class StaffListViewTest extends ViewTest {

    @Test
    void administratorSeesEveryAccountWithRoles() {
        signIn("admin");
        navigate("staff");
        NavigatorKt.expectView(StaffListView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("Alex Morgan", "admin", "admin@cohortdesk.example",
                "Admin", "Enabled");
    }

    @Test
    void facultyCannotOpenIt() {
        signIn("divya");
        // Vaadin's access control refuses the navigation (in the browser it shows the not-found page).
        assertThatThrownBy(() -> navigate("staff")).hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(c -> c.getClass().getSimpleName().endsWith("ListView"));
    }
}
