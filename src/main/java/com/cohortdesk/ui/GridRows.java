package com.cohortdesk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Opening a list page's row with the mouse or the keyboard. Vaadin's grid turns a click and Space on a focused row
 * into an item click, but Enter on a row only enters the cell (when it holds a button or a field) and otherwise does
 * nothing. {@link #open} makes Enter on a focused body cell without anything focusable in it open that row, as a click
 * does; Enter on a cell with a button still goes into the cell, so its button stays reachable.
 */
public final class GridRows {

    /**
     * The client-side filter of the grid's {@code keydown}: Enter without modifiers on a body cell that has the focus
     * itself (the grid is navigating, not interacting with a cell's content) and holds nothing focusable.
     */
    static final String ENTER_ON_A_ROW = "event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey"
            + " && !event.shiftKey && ((cell) => !!cell && cell.localName === 'td' && !!element.$"
            + " && element.$.items.contains(cell) && !(cell._content || cell).querySelector("
            + "'a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])'))(event.composedPath()[0])";

    /** The key of the item of the row the event happened in (the grid connector's key of the item). */
    static final String ITEM_KEY = "(element.getEventContext(event).item || {}).key";

    private GridRows() {}

    /** The row's item is opened on a click, on Space (the grid's item click) and on Enter on the focused row. */
    public static <T> void open(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    var key = e.getEventData().get(ITEM_KEY);
                    if (key == null || !key.isString()) return;
                    var item = grid.getDataCommunicator().getKeyMapper().get(key.asString());
                    if (item != null) open.accept(item);
                })
                .setFilter(ENTER_ON_A_ROW)
                .addEventData(ITEM_KEY);
    }
}
