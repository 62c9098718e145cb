package com.cohortdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A row of filters that, under 600 px wide, folds behind one "Filters" button (styles.css hides the button on wider
 * screens and the folded row on phones, so a desktop shows the filters exactly as before).
 */
public final class Filters {

    private Filters() {}

    /** Makes the filter row collapsible and returns the button that opens and closes it; add it before the row. */
    public static Button toggle(Div filterBar) {
        filterBar.addClassName("filters-collapsible");
        var button = new Button("Filters", VaadinIcon.FILTER.create());
        button.addClassName("filters-toggle");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-expanded", "false");
        button.addClickListener(e -> {
            boolean open = !filterBar.hasClassName("filters-open");
            filterBar.setClassName("filters-open", open);
            button.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        return button;
    }
}
