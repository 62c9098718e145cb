package com.cohortdesk.audit;

import jakarta.persistence.Embeddable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns entity states into the audit trail's words: "name: 'Fall 2027' → 'Fall 2027 (online)'".
 * Secrets (see {@link #isSecret}) are never written: only that they changed.
 */
final class ChangeFormatter {

    static final int MAX_VALUE = 300;
    static final int MAX_DETAILS = 4000;

    private final Function<Object, @Nullable String> entityReference;

    /** {@code entityReference} names an associated entity ("Cohort#3"), or null when the value is no entity. */
    ChangeFormatter(Function<Object, @Nullable String> entityReference) {
        this.entityReference = entityReference;
    }

    /** Fields holding secrets: names ending in password, passwordHash, secret or token (any case). */
    static boolean isSecret(String field) {
        return field.toLowerCase(Locale.ROOT).matches(".*(password|passwordhash|secret|token)");
    }

    static boolean isSkipped(String field) {
        return field.equals("version");
    }

    /** The fields of a new entity. */
    String created(String[] names, @Nullable Object[] state) {
        var details = new StringJoiner("; ");
        for (int i = 0; i < names.length; i++) {
            if (isSkipped(names[i])) continue;
            details.add(names[i] + " = " + (isSecret(names[i]) ? "(set)" : format(state[i])));
        }
        return limit(details.toString());
    }

    /** The fields that differ, old → new; empty when nothing but the version changed. */
    String updated(
            String[] names, @Nullable Object @Nullable [] oldState, @Nullable Object[] state, int @Nullable [] dirty) {
        var details = new StringJoiner("; ");
        for (int i : dirty != null ? dirty : allIndexes(names.length)) {
            if (isSkipped(names[i])) continue;
            var before = oldState == null ? null : oldState[i];
            if (isSecret(names[i])) {
                if (oldState == null || !Objects.equals(before, state[i])) details.add(names[i] + " changed");
                continue;
            }
            var after = format(state[i]);
            if (oldState == null) details.add(names[i] + ": ? → " + after);
            else if (!format(before).equals(after)) details.add(names[i] + ": " + format(before) + " → " + after);
        }
        return limit(details.toString());
    }

    /** The fields of a deleted entity, as they were. */
    String deleted(String[] names, @Nullable Object @Nullable [] state) {
        if (state == null) return "";
        var details = new StringJoiner("; ");
        for (int i = 0; i < names.length; i++) {
            if (isSkipped(names[i]) || isSecret(names[i])) continue;
            details.add(names[i] + " was " + format(state[i]));
        }
        return limit(details.toString());
    }

    String collectionChanged(String field, @Nullable Object before, @Nullable Object after) {
        return limit(field + ": " + format(before) + " → " + format(after));
    }

    String format(@Nullable Object value) {
        if (value == null) return "(none)";
        var reference = entityReference.apply(value);
        if (reference != null) return reference;
        String text;
        if (value instanceof CharSequence s) text = "'" + s + "'";
        else if (value instanceof Enum<?> e) text = e.name();
        else if (value instanceof Map<?, ?> map) text = format(map.values());
        else if (value instanceof Collection<?> collection) {
            var items = new ArrayList<String>();
            for (var item : collection) items.add(format(item));
            items.sort(null);
            text = "[" + String.join(", ", items) + "]";
        } else if (value.getClass().isAnnotationPresent(Embeddable.class)) text = embeddable(value);
        else text = String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    private String embeddable(Object value) {
        var parts = new StringJoiner(", ", "{", "}");
        for (var field : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) continue;
            try {
                field.setAccessible(true);
                parts.add(field.getName() + "=" + format(field.get(value)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                parts.add(field.getName() + "=?");
            }
        }
        return parts.toString();
    }

    private static int[] allIndexes(int n) {
        return IntStream.range(0, n).toArray();
    }

    static String limit(String details) {
        return details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS - 1) + "…" : details;
    }
}
