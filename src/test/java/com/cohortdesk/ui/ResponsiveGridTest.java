package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class ResponsiveGridTest {

    record Row(String when, String what) {}

    static Grid<Row> grid() {
        var grid = new Grid<Row>();
        grid.addColumn(Row::when).setHeader("When").setKey("when");
        grid.addColumn(Row::what).setHeader("What").setKey("what");
        return grid;
    }

    @Test
    void withoutABrowserWidthTheGridKeepsItsColumns() {
        var grid = grid();
        var responsive = ResponsiveGrid.cards(grid, r -> new Span(r.when() + " " + r.what()));
        assertThat(grid.getColumnByKey("when").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("what").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(responsive.isPhone()).isFalse();
        assertThat(ResponsiveGrid.of(grid)).containsSame(responsive);
    }

    @Test
    void onAPhoneTheCardsReplaceTheColumnsAndAllRowsShowThenBackOnAWideScreen() {
        var grid = grid();
        var responsive = ResponsiveGrid.cards(grid, r -> new Span(r.when()));
        responsive.show(true);
        assertThat(grid.getColumnByKey("when").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("what").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("card").isVisible()).isTrue();
        assertThat(grid.getClassNames()).contains("grid-cards", "grid-cards-all");
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());

        responsive.show(false);
        assertThat(grid.getColumnByKey("when").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(grid.getClassNames()).doesNotContain("grid-cards", "grid-cards-all");
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getThemeNames()).doesNotContain(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void aLazyGridKeepsItsOwnScrollingAndAWrappedGridStaysWrapped() {
        var grid = grid();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var responsive = ResponsiveGrid.cards(grid, r -> new Span(r.when())).allRowsOnPhone(false);
        responsive.show(true);
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getClassNames()).contains("grid-cards").doesNotContain("grid-cards-all");
        responsive.show(false);
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }
}
