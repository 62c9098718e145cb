package com.cohortdesk.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * How forms put a domain rule on a field: the rule is a method of the domain class that says why a value is
 * refused, in words, or returns null ({@code CohortDraft::nameProblem}); the form binds it with
 * {@code binder.forField(name).withValidator(FieldRules.rule(CohortDraft::nameProblem))}, and the
 * {@link Binder} shows the words on the field. The service checks the same rule again: it is the authority.
 */
public final class FieldRules {

    private FieldRules() {}

    /** A validator from a rule that returns the problem in words, or null when the value is fine. */
    public static <T> Validator<T> rule(SerializableFunction<? super T, @Nullable String> problem) {
        return (value, context) -> {
            var message = problem.apply(value);
            return message == null ? ValidationResult.ok() : ValidationResult.error(message);
        };
    }

    /**
     * A binder whose fields are checked by the domain rules only: the components' own constraint checks (which
     * would show an empty message before the rule's words) are off.
     */
    public static <T> Binder<T> binder() {
        var binder = new Binder<T>();
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }
}
