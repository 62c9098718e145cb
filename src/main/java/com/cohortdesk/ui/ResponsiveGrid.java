package com.cohortdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A grid that shows its columns on a wide screen and, under {@link #PHONE_WIDTH} px, one column of cards (a component per
 * row: when, what, who, counts) instead, so nothing is cut off and the page never scrolls sideways. The width is the
 * browser window's, as the browser reports it when the view opens and whenever the window is resized; without it (no
 * browser, as in the browserless tests) the grid keeps its columns. On a phone the grid also shows all its rows, so the
 * page scrolls as one (a lazy grid keeps its own scrolling: see {@link #allRowsOnPhone}).
 */
public final class ResponsiveGrid<T> {

    /** Narrower than this (CSS px) is a phone; the same breakpoint as styles.css ({@code max-width: 599.98px}). */
    public static final int PHONE_WIDTH = 600;

    private final Grid<T> grid;
    private final List<Grid.Column<T>> wide;
    private final Grid.Column<T> cards;
    private final boolean wrapped;
    private final boolean allRows;
    private boolean allRowsOnPhone = true;
    private @Nullable Boolean phone;
    private @Nullable Registration resize;

    private ResponsiveGrid(Grid<T> grid, SerializableFunction<T, Component> card) {
        this.grid = grid;
        this.wide = new ArrayList<>(grid.getColumns());
        this.wrapped = grid.getThemeNames().contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        this.allRows = grid.isAllRowsVisible();
        this.cards = grid.addComponentColumn(row -> {
                    var box = card.apply(row);
                    box.addClassName("grid-card");
                    return box;
                })
                .setKey("card")
                .setFlexGrow(1);
        cards.setVisible(false);
        ComponentUtil.setData(grid, ResponsiveGrid.class, this);
        grid.addAttachListener(e -> attached(e.getUI()));
        grid.addDetachListener(e -> {
            if (resize != null) resize.remove();
            resize = null;
        });
        if (grid.isAttached()) grid.getUI().ifPresent(this::attached);
    }

    /**
     * Adds the card column to a grid whose columns are all set up; under 600 px it replaces them.
     *
     * @param card one row as a card (a {@code Div} of spans is enough; styles.css gives {@code .grid-card} its spacing)
     */
    public static <T> ResponsiveGrid<T> cards(Grid<T> grid, SerializableFunction<T, Component> card) {
        return new ResponsiveGrid<>(grid, card);
    }

    /** The responsive behaviour given to a grid by {@link #cards}, if any. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<ResponsiveGrid<T>> of(Grid<T> grid) {
        return Optional.ofNullable((ResponsiveGrid<T>) ComponentUtil.getData(grid, ResponsiveGrid.class));
    }

    /** A lazy (paged) grid should keep scrolling inside itself on a phone instead of fetching every row. */
    public ResponsiveGrid<T> allRowsOnPhone(boolean all) {
        this.allRowsOnPhone = all;
        if (Boolean.TRUE.equals(phone)) {
            grid.setAllRowsVisible(all || allRows);
            grid.setClassName("grid-cards-all", all || allRows);
        }
        return this;
    }

    /** Whether the grid shows cards (the window was narrower than 600 px when last reported). */
    public boolean isPhone() {
        return Boolean.TRUE.equals(phone);
    }

    /** Shows the cards ({@code true}) or the columns; public so a view (or a test) can decide without a browser. */
    public void show(boolean asCards) {
        if (phone != null && phone == asCards) return;
        phone = asCards;
        wide.forEach(c -> c.setVisible(!asCards));
        cards.setVisible(asCards);
        if (asCards) {
            grid.addClassName("grid-cards");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(allRowsOnPhone || allRows);
            grid.setClassName("grid-cards-all", allRowsOnPhone || allRows);
        } else {
            grid.removeClassNames("grid-cards", "grid-cards-all");
            if (!wrapped) grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(allRows);
        }
    }

    private void attached(UI ui) {
        Integer width = windowWidth(ui);
        // Vaadin sends the browser's details with the first request of the UI, so they are there when a view attaches
        if (width != null) show(width < PHONE_WIDTH);
        if (resize == null) resize = ui.getPage().addBrowserWindowResizeListener(e -> show(e.getWidth() < PHONE_WIDTH));
    }

    /** The window's width as the browser reported it when the UI started; null without a browser. */
    static @Nullable Integer windowWidth(UI ui) {
        try {
            var details = ui.getPage().getExtendedClientDetails();
            if (details == null || details.getWindowInnerWidth() <= 0) return null;
            return details.getWindowInnerWidth();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A card's line: {@code kind} is "title" (bold), "when", "meta" (secondary) or any other class suffix. */
    public static Span line(String text, String kind) {
        var span = new Span(text);
        span.addClassName("card-" + kind);
        return span;
    }

    /** A card of lines and badges, one under the other. */
    public static Div card(Component... lines) {
        return new Div(lines);
    }

    /** Several pieces side by side on one line of a card (wrapping when they do not fit). */
    public static Div row(Component... pieces) {
        var row = new Div(pieces);
        row.addClassName("card-row");
        return row;
    }

    /** Whether the current UI's window is narrower than 600 px (false without a browser). */
    public static boolean phoneWindow() {
        var ui = UI.getCurrent();
        if (ui == null) return false;
        Integer width = windowWidth(ui);
        return width != null && width < PHONE_WIDTH;
    }
}
