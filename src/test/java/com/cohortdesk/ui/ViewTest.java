package com.cohortdesk.ui;

import com.cohortdesk.TestProfiles;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.security.Principal;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browserless view tests (Karibu-Testing): the Spring context on the demo data, a mocked
 * Vaadin environment, and sign-in as a real demo account through the app's own UserDetailsService.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class ViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.cohortdesk");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        // Vaadin's NavigationAccessControl asks the request for the principal and roles: bridge both
        // to the SecurityContext, so that signing in and out inside a test behaves as in the browser.
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication a = SecurityContextHolder.getContext().getAuthentication();
                    return a == null || a instanceof AnonymousAuthenticationToken ? null : a;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication a
                    && a.getAuthorities().stream()
                            .anyMatch(g -> g.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new KaribuVaadin253Compat.Servlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a demo account (see DemoStaff) and returns to the start page. */
    protected void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    /** As Spring Security's anonymous filter leaves a request of a visitor who is not signed in. */
    protected void signInAnonymously() {
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(new AnonymousAuthenticationToken(
                "test", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(securityContext);
    }

    protected void navigate(String path) {
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PROGRAMMATIC);
    }
}
