package com.cohortdesk.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * A Binder validator made from a domain rule that says what is wrong with a value in words (null when nothing
 * is), so the form shows the same message on the field that the service gives when it refuses the save.
 */
public final class FieldRule {

    private FieldRule() {
    }

    public static <T> Validator<T> of(SerializableFunction<T, @Nullable String> problem) {
        return (value, context) -> {
            var message = problem.apply(value);
            return message == null ? ValidationResult.ok() : ValidationResult.error(message);
        };
    }
}
