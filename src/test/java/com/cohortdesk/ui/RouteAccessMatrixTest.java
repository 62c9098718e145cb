package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.AuthorizationMatrix;
import com.cohortdesk.AuthorizationMatrix.Principal;
import com.cohortdesk.cohort.ui.CohortListView;
import com.cohortdesk.dashboard.ui.DashboardView;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.ui.LearnerDetailView;
import com.cohortdesk.learnerpage.LearnerLinkService;
import com.cohortdesk.security.ui.LoginView;
import com.cohortdesk.security.ui.StaffListView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every route, opened by an anonymous visitor, a faculty member and an administrator, against the intended
 * matrix. A navigation ends in one of three ways: the view opened; a denial (an anonymous visitor is sent
 * to the login page, a signed-in user gets Vaadin's access-denied, which Karibu raises as
 * {@link MockAccessDeniedException}); or anything else (an exception, the not-found page, the error page,
 * another view), which is a failure of the test, never counted as a denial.
 */
class RouteAccessMatrixTest extends ViewTest {

    enum Outcome {
        OPENED,
        DENIED,
        FAILED
    }

    /** How one navigation ended, and what was seen when it failed. */
    record Result(Outcome outcome, String seen) {}

    @Test
    void everyRouteHasARule() {
        var routes = new TreeMap<String, Class<?>>();
        AuthorizationMatrix.classesAnnotatedWith(Route.class)
                .forEach(c -> routes.put(c.getAnnotation(Route.class).value(), c));
        assertThat(routes.keySet())
                .as("routes without a rule in AuthorizationMatrix.ROUTES")
                .hasSameElementsAs(AuthorizationMatrix.ROUTES.keySet());
    }

    @Test
    void eachPrincipalOpensExactlyTheRoutesTheMatrixAllows() {
        Map<String, Set<Principal>> actual = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (var route : AuthorizationMatrix.classesAnnotatedWith(Route.class)) {
            var template = route.getAnnotation(Route.class).value();
            var rule = AuthorizationMatrix.ROUTES.get(template);
            if (rule == null) continue; // reported by everyRouteHasARule
            var opened = EnumSet.noneOf(Principal.class);
            for (var principal : AuthorizationMatrix.ROUTE_PRINCIPALS) {
                var result = open(principal, samplePath(rule.samplePath()), route);
                if (result.outcome() == Outcome.OPENED) opened.add(principal);
                if (result.outcome() == Outcome.FAILED)
                    failures.add(principal + " /" + rule.samplePath() + ": " + result.seen());
            }
            actual.put(template, opened);
        }
        assertThat(failures)
                .as("navigations that neither opened the view nor were denied")
                .isEmpty();
        var expected = new TreeMap<String, Set<Principal>>();
        AuthorizationMatrix.ROUTES.forEach((template, rule) -> expected.put(template, rule.allowed()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aPageThatIsNotThereOrCrashesIsAFailureNotADenial() {
        // an administrator may open learners/:learnerId, but there is no learner 999999999: the not-found page
        assertThat(open(Principal.ADMIN, "learners/999999999", LearnerDetailView.class)
                        .outcome())
                .isEqualTo(Outcome.FAILED);
        Class<?> cohorts = CohortListView.class;
        assertThat(classify(cohorts, new IllegalStateException("boom"), List.of(), "cohorts")
                        .outcome())
                .isEqualTo(Outcome.FAILED);
        // a view that crashes while opening now rests on the app's error page: still a failure, not a denial
        RouteConfiguration.forSessionScope().setRoute("test-crash", ErrorViewTest.BeforeEnterCrash.class);
        assertThat(open(Principal.ADMIN, "test-crash", ErrorViewTest.BeforeEnterCrash.class)
                        .outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ErrorView.class);
        assertThat(classify(cohorts, new StackOverflowError(), List.of(), "cohorts")
                        .outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(classify(
                                cohorts,
                                new MockAccessDeniedException("Access is denied by annotations on the view.", null),
                                List.of(),
                                "cohorts")
                        .outcome())
                .isEqualTo(Outcome.DENIED);
        // and the real denials: a faculty member opening the staff page, an anonymous visitor opening the dashboard
        assertThat(open(Principal.FACULTY, "staff", StaffListView.class).outcome())
                .isEqualTo(Outcome.DENIED);
        assertThat(open(Principal.ANONYMOUS, "", DashboardView.class).outcome()).isEqualTo(Outcome.DENIED);
    }

    /** A personal link's token, issued as an administrator for the first learner, where the sample path asks for one. */
    private String samplePath(String path) {
        if (!path.contains(AuthorizationMatrix.PERSONAL_LINK_TOKEN)) return path;
        signIn("admin");
        try {
            var learnerId = context.getBean(LearnerService.class)
                    .roster(new LearnerFilter(null, null, null, LearnerStatus.ACTIVE, null), PageRequest.of(0, 1))
                    .getFirst()
                    .id();
            var token =
                    context.getBean(LearnerLinkService.class).issue(learnerId).token();
            return path.replace(AuthorizationMatrix.PERSONAL_LINK_TOKEN, token);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Result open(Principal principal, String path, Class<?> view) {
        tearDownVaadinForNextPrincipal();
        if (principal == Principal.ADMIN) signIn("admin");
        if (principal == Principal.FACULTY) signIn("ada");
        if (principal == Principal.ANONYMOUS) signInAnonymously();
        Throwable thrown = null;
        try {
            navigate(path);
        } catch (Exception | Error e) { // MockAccessDeniedException is an Error; everything else is classified below
            thrown = e;
        }
        var ui = UI.getCurrent();
        List<Object> chain = new ArrayList<>(ui.getInternals().getActiveRouterTargetsChain());
        return classify(
                view, thrown, chain, ui.getInternals().getActiveViewLocation().getPath());
    }

    /**
     * A navigation to {@code view} that threw nothing and rests on it opened it; a denial is Karibu's
     * access-denied (Vaadin's AccessDeniedException) or Spring Security's, or a redirect to the login page;
     * anything else (another exception, the not-found page, some other view) failed.
     */
    static Result classify(Class<?> view, @Nullable Throwable thrown, List<Object> chain, String location) {
        if (thrown != null) {
            if (thrown instanceof MockAccessDeniedException
                    || thrown instanceof AccessDeniedException
                    || thrown instanceof org.springframework.security.access.AccessDeniedException) {
                return new Result(Outcome.DENIED, thrown.toString());
            }
            return new Result(Outcome.FAILED, "threw " + thrown);
        }
        if (chain.isEmpty()) return new Result(Outcome.FAILED, "no view at " + location);
        var target = chain.getFirst();
        if (target instanceof NotFoundView) return new Result(Outcome.FAILED, "the not-found page at /" + location);
        if (target instanceof ErrorView error) {
            // the app's error page: a service's AccessDeniedException is a denial, any other exception a failure
            if (error.caught() instanceof org.springframework.security.access.AccessDeniedException denied) {
                return new Result(Outcome.DENIED, "the error page for " + denied);
            }
            return new Result(Outcome.FAILED, "the error page for " + error.caught() + " at /" + location);
        }
        if (view.isInstance(target)) return new Result(Outcome.OPENED, view.getSimpleName());
        if (target instanceof LoginView && location.equals("login"))
            return new Result(Outcome.DENIED, "sent to the login page");
        return new Result(Outcome.FAILED, "rests on " + target.getClass().getName() + " at /" + location);
    }

    private void tearDownVaadinForNextPrincipal() {
        SecurityContextHolder.clearContext();
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("login"), NavigationTrigger.PROGRAMMATIC);
    }
}
