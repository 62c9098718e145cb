package com.cohortdesk.ui;

import com.cohortdesk.shared.RuleViolation;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The detail views' one way from the address to the thing they show: the route's id, the service, and the not-found
 * page for an id that is not a number, names nothing, or names something the user may not read (the page never tells
 * which, so it does not confirm that the thing exists).
 */
public final class DetailRoute {

    private DetailRoute() {}

    /**
     * Loads what the route parameter names through the service.
     *
     * @param what names the thing in the (logged) not-found message: "learner", "offering"
     * @throws NotFoundException for a missing or malformed id, a {@link RuleViolation} (unknown) or an
     *         {@link AccessDeniedException} (not this user's) from the service
     */
    public static <T> T load(RouteParameters parameters, String parameter, String what, LongFunction<T> service) {
        var text = parameters.get(parameter).orElse("");
        long id = QueryParams.parseLong(text)
                .orElseThrow(() -> new NotFoundException("No " + what + " \"" + text + "\""));
        try {
            return service.apply(id);
        } catch (RuleViolation | AccessDeniedException e) {
            throw new NotFoundException("No " + what + " " + id + " for this user");
        }
    }

    /** The page title: the loaded thing's own, or the fallback before anything is loaded. */
    public static <T> String title(@Nullable T loaded, String fallback, Function<T, String> title) {
        return loaded == null ? fallback : title.apply(loaded);
    }
}
