package com.cohortdesk.programme;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.programme.ui.ModuleListView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class ModuleListViewTest extends ViewTest {

    @SuppressWarnings("unchecked")
    private Grid<ModuleSummary> grid() {
        return _get(Grid.class);
    }

    @Test
    void administratorSeesTheWholeCatalogueWithFaculty() {
        signIn("admin");
        navigate("modules");
        NavigatorKt.expectView(ModuleListView.class);
        assertThat(GridKt._size(grid())).isEqualTo(12);
        var ethics = GridKt._get(grid(), 0);
        assertThat(ethics.code()).isEqualTo("MLDS100");
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .containsExactly(
                        "MLDS100",
                        "Ethics of Machine Learning and AI Transparency",
                        "1, 3, 5",
                        "7.5",
                        "Dr Elena Petrova, Prof. Farid Haddad");
    }

    @Test
    void facultySeeOnlyTheModulesTheyTeach() {
        signIn("farid");
        navigate("modules");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(GridKt._findAll(grid()))
                .extracting(ModuleSummary::code)
                .containsExactly("MLDS100", "MLDS302", "MLDS400");
    }
}
