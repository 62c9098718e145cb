package com.cohortdesk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Opening a grid's row with the mouse or the keyboard. Flow's item-click listener hears only the mouse; the grid's
 * {@code cell-activate} event comes from a click on a cell and from Space on a focused cell (the grid's own keyboard
 * activation: Tab into the grid, arrow keys to the row, Space), so a keyboard user can open the row too.
 */
public final class GridActivation {

    static final String ITEM_KEY = "event.detail.model.item.key";

    private GridActivation() {
    }

    /** Runs the action with the row's item when a row is activated (click, or Space on one of its cells). */
    public static <T> Registration onActivate(Grid<T> grid, SerializableConsumer<T> action) {
        return grid.getElement().addEventListener("cell-activate", event -> {
            var key = event.getEventData().get(ITEM_KEY);
            if (key == null || !key.isString()) return;
            var item = grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null) action.accept(item);
        }).addEventData(ITEM_KEY).setFilter("event.detail.model && event.detail.model.item");
    }
}
