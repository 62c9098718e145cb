package com.cohortdesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A large number with a label that links to where the number comes from. */
public class StatCard extends Anchor {

    public StatCard(VaadinIcon icon, String label, String value, String href) {
        super(href);
        addClassName("stat-card");
        var number = new Span(value);
        number.addClassName("stat-value");
        var caption = new Span(label);
        caption.addClassName("stat-label");
        var symbol = icon.create();
        symbol.addClassName("stat-icon");
        add(symbol, number, caption);
    }
}
