package com.cohortdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The short description and actions above a view's content. */
public class ViewHeader extends Div {

    public ViewHeader(String description, Component... actions) {
        addClassName("view-header");
        var text = StaticMarkup.flatten(new Paragraph(description)); // one node, not two: the text never changes
        text.addClassName("view-description");
        add(text);
        if (actions.length > 0) {
            var actionBox = new Div(actions);
            actionBox.addClassName("view-actions");
            add(actionBox);
        }
    }
}
