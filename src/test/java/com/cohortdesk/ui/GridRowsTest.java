package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server side of Enter on a grid row: the browser sends the keydown only when the filter holds (Enter on a focused
 * body cell with nothing focusable in it), with the key of the row's item; the browser tests press the keys.
 */
class GridRowsTest {

    record Row(long id, String name) {}

    private final List<Row> rows = List.of(new Row(1, "Ada"), new Row(2, "Ben"));
    private final Grid<Row> grid = new Grid<>();
    private final List<Row> opened = new ArrayList<>();

    GridRowsTest() {
        grid.addColumn(Row::name).setHeader("Name");
        grid.setItems(rows);
        GridRows.open(grid, opened::add);
    }

    @Test
    void enterOnARowOpensThatRowsItem() {
        keydown(true, grid.getDataCommunicator().getKeyMapper().key(rows.get(1)));
        assertThat(opened).containsExactly(rows.get(1));
    }

    @Test
    void anotherKeyOrEnterElsewhereOpensNothing() {
        keydown(false, grid.getDataCommunicator().getKeyMapper().key(rows.get(0)));
        assertThat(opened).isEmpty();
    }

    @Test
    void aRowTheGridNoLongerKnowsOpensNothing() {
        keydown(true, "no-such-key");
        keydown(true, null);
        assertThat(opened).isEmpty();
    }

    @Test
    void theKeydownListenerSendsTheRowsItemKeyUnderTheFilter() {
        var registrations =
                grid.getElement().getNode().getFeature(ElementListenerMap.class).getExpressions("keydown");
        assertThat(registrations).contains(GridRows.ITEM_KEY, GridRows.ENTER_ON_A_ROW);
    }

    /** A keydown as Flow's client sends it: the filter's result and the event data, keyed by their expressions. */
    private void keydown(boolean filterHolds, String itemKey) {
        var data = JacksonUtils.createObjectNode();
        data.put(GridRows.ENTER_ON_A_ROW, filterHolds);
        if (itemKey == null) data.putNull(GridRows.ITEM_KEY);
        else data.put(GridRows.ITEM_KEY, itemKey);
        grid.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid.getElement(), "keydown", data));
    }
}
