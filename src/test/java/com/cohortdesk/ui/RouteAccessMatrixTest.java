package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.AuthorizationMatrix;
import com.cohortdesk.AuthorizationMatrix.Principal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every route, opened by an anonymous visitor, a faculty member and an administrator, against the intended matrix. */
class RouteAccessMatrixTest extends ViewTest {

    @Test
    void everyRouteHasARule() {
        var routes = new TreeMap<String, Class<?>>();
        AuthorizationMatrix.classesAnnotatedWith(Route.class).forEach(c -> routes.put(c.getAnnotation(Route.class).value(), c));
        assertThat(routes.keySet()).as("routes without a rule in AuthorizationMatrix.ROUTES")
                .hasSameElementsAs(AuthorizationMatrix.ROUTES.keySet());
    }

    @Test
    void eachPrincipalOpensExactlyTheRoutesTheMatrixAllows() {
        Map<String, Set<Principal>> actual = new TreeMap<>();
        for (var route : AuthorizationMatrix.classesAnnotatedWith(Route.class)) {
            var template = route.getAnnotation(Route.class).value();
            var rule = AuthorizationMatrix.ROUTES.get(template);
            if (rule == null) continue; // reported by everyRouteHasARule
            var opened = EnumSet.noneOf(Principal.class);
            for (var principal : Principal.values()) {
                if (opens(principal, rule.samplePath(), route)) opened.add(principal);
            }
            actual.put(template, opened);
        }
        var expected = new TreeMap<String, Set<Principal>>();
        AuthorizationMatrix.ROUTES.forEach((template, rule) -> expected.put(template, rule.allowed()));
        assertThat(actual).isEqualTo(expected);
    }

    private boolean opens(Principal principal, String path, Class<?> view) {
        tearDownVaadinForNextPrincipal();
        if (principal == Principal.ADMIN) signIn("admin");
        if (principal == Principal.FACULTY) signIn("ada");
        try {
            navigate(path);
        } catch (Exception | Error refused) { // Karibu reports a refusal by throwing (MockAccessDeniedException is an Error)
            return false;
        }
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().anyMatch(view::isInstance);
    }

    private void tearDownVaadinForNextPrincipal() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new com.vaadin.flow.router.Location("login"),
                com.vaadin.flow.router.NavigationTrigger.PROGRAMMATIC);
    }
}
