package com.cohortdesk.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A status shown as a coloured pill. The variant names the colour in styles.css ({@code badge-active},
 * {@code badge-planned}, {@code badge-completed}, {@code badge-failed}, …); a status name such as {@code WITHDRAWN}
 * or {@code IN_PROGRESS} becomes {@code withdrawn} or {@code in-progress}.
 */
public class Badge extends Span {

    private String variant;

    public Badge(String text, String variant) {
        super(text);
        this.variant = cssName(variant);
        addClassNames("badge", "badge-" + this.variant);
    }

    public String getVariant() {
        return variant;
    }

    /** Shows another text in another colour (the previous colour's class goes). */
    public void show(String text, String variant) {
        setText(text);
        removeClassName("badge-" + this.variant);
        this.variant = cssName(variant);
        addClassName("badge-" + this.variant);
    }

    static String cssName(String variant) {
        var name = variant.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (name.isEmpty() || !name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Not a badge variant: \"" + variant + "\"");
        }
        return name;
    }
}
