package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a form's fields and buttons by id in plain JUnit tests of forms and dialogs (no UI, no Spring). */
public final class FormTestSupport {

    private FormTestSupport() {
    }

    /** The component with that id and type inside {@code root}, failing the test when there is none. */
    public static <T extends Component> T get(Component root, Class<T> type, String id) {
        var found = descendants(root).filter(c -> type.isInstance(c) && c.getId().filter(id::equals).isPresent()).findFirst();
        assertThat(found).as("#" + id + " (" + type.getSimpleName() + ")").isPresent();
        return type.cast(found.orElseThrow());
    }

    public static <T extends Component> Optional<T> find(Component root, Class<T> type, String id) {
        return descendants(root).filter(c -> type.isInstance(c) && c.getId().filter(id::equals).isPresent()).map(type::cast).findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }
}
