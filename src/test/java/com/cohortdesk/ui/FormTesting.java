package com.cohortdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Optional;
import java.util.stream.Stream;

/** For the plain JUnit tests of forms and dialogs (no Spring, no UI): finds a component of a form by its id. */
public final class FormTesting {

    private FormTesting() {}

    public static <T extends Component> T byId(Component root, Class<T> type, String id) {
        return descendants(root)
                .filter(c -> id.equals(c.getId().orElse(null)))
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no #" + id + " in " + root.getClass().getSimpleName()));
    }

    /** The component of that type with that id, if there is one. */
    public static <T extends Component> Optional<T> find(Component root, Class<T> type, String id) {
        return descendants(root)
                .filter(c -> type.isInstance(c) && id.equals(c.getId().orElse(null)))
                .map(type::cast)
                .findFirst();
    }

    public static boolean has(Component root, String id) {
        return descendants(root).anyMatch(c -> id.equals(c.getId().orElse(null)));
    }

    private static Stream<Component> descendants(Component c) {
        var children = c.getChildren();
        if (c instanceof Dialog dialog) {
            // the footer's buttons are not among the dialog's children
            children = Stream.concat(
                    children, dialog.getFooter().getElement().getChildren().flatMap(e -> e.getComponent().stream()));
        }
        return Stream.concat(Stream.of(c), children.flatMap(FormTesting::descendants));
    }
}
