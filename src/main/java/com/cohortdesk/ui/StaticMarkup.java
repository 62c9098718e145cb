package com.cohortdesk.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Entities;

/**
 * Parts of the page that the server never changes or listens to, sent as one element's inner HTML instead of one
 * server-side node per element (issue #15: every node costs the session one to two kilobytes of heap for as long as
 * the page is open). The parts are built as ordinary components first, so their markup is what the components would
 * render (attributes and text, escaped); anything kept only as a property (not an attribute) is lost, so use
 * attributes.
 */
public final class StaticMarkup {

    private StaticMarkup() {}

    /** Replaces the container's children by their markup, set as the container's inner HTML. */
    public static <C extends Component> C flatten(C container) {
        var element = container.getElement();
        var html = new StringBuilder();
        element.getChildren().forEach(child -> append(html, child));
        element.removeAllChildren();
        // intern(): every session of a role has the same navigation markup; one copy serves them all
        element.setProperty("innerHTML", html.toString().intern());
        return container;
    }

    /**
     * A button whose icon and label are markup. {@code flatten} cannot serve: a {@link Button} puts its text and icon
     * back as child nodes when it is attached. This one has neither server-side; clicks, ids and attributes work as on
     * any button.
     */
    public static Button button(String label, VaadinIcon icon, ComponentEventListener<ClickEvent<Button>> listener) {
        var html = new StringBuilder();
        new Button(label, icon.create()).getElement().getChildren().forEach(child -> append(html, child));
        return withInnerHtml(html.toString(), listener);
    }

    /** A button whose label is markup (no text node on the server), for buttons repeated on every row of a grid. */
    public static Button button(String label, ComponentEventListener<ClickEvent<Button>> listener) {
        return withInnerHtml(Entities.escape(label), listener);
    }

    private static Button withInnerHtml(String html, ComponentEventListener<ClickEvent<Button>> listener) {
        var button = new Button();
        button.addClickListener(listener);
        button.getElement().setProperty("innerHTML", html.intern());
        return button;
    }

    /** The element as HTML, exactly (Element.getOuterHTML() pretty-prints, which adds white space to the text). */
    private static void append(StringBuilder html, Element element) {
        if (element.isTextNode()) {
            html.append(Entities.escape(element.getText()));
            return;
        }
        html.append('<').append(element.getTag());
        element.getAttributeNames()
                .sorted()
                .forEach(name -> html.append(' ')
                        .append(name)
                        .append("=\"")
                        .append(Entities.escape(element.getAttribute(name)))
                        .append('"'));
        html.append('>');
        element.getChildren().forEach(child -> append(html, child));
        html.append("</").append(element.getTag()).append('>');
    }
}
