package com.cohortdesk.ui;

import com.vaadin.flow.component.Component;
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
        element.setProperty("innerHTML", html.toString());
        return container;
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
