package com.cohortdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cohortdesk.shared.RuleViolation;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A page that fails while it opens shows the app's error page, never Vaadin's InternalServerError with the
 * exception text; not-found and access-denied keep their own pages.
 */
class ErrorViewTest extends ViewTest {

    private static final Pattern REFERENCE = Pattern.compile("Something went wrong \\(reference ([A-Z2-9]{8})\\)\\..*");

    /** Test views, registered for the session only (no @Route, so the route matrix does not see them). */
    @PermitAll
    public static class ConstructorCrash extends Div {
        public ConstructorCrash() {
            throw new NumberFormatException("For input string: \"12x\"");
        }
    }

    @PermitAll
    public static class BeforeEnterCrash extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalArgumentException("Not a roster sort column: l.password_hash");
        }
    }

    @PermitAll
    public static class BeforeEnterRefusal extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new RuleViolation("This cohort has been archived; open it from the archive.");
        }
    }

    @PermitAll
    public static class BeforeEnterServiceDenial extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new AccessDeniedException("Faculty may read only the offerings they lead.");
        }
    }

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorHandling.class);

    @BeforeEach
    void captureLogAndRegisterTestViews() {
        logged.start();
        logger.addAppender(logged);
        var routes = RouteConfiguration.forSessionScope();
        routes.setRoute("test-crash-constructor", ConstructorCrash.class);
        routes.setRoute("test-crash-before-enter", BeforeEnterCrash.class);
        routes.setRoute("test-refusal", BeforeEnterRefusal.class);
        routes.setRoute("test-service-denial", BeforeEnterServiceDenial.class);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    private static ErrorView errorView() {
        var target =
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(target).isInstanceOf(ErrorView.class);
        return (ErrorView) target;
    }

    private static String shownText() {
        return _get(Paragraph.class, spec -> spec.withId("error-message")).getText();
    }

    @Test
    void aCrashWhileOpeningShowsOnlyAReferenceThatTheLogHasAtError() {
        signIn("admin");
        for (var path : List.of("test-crash-constructor", "test-crash-before-enter")) {
            logged.list.clear();
            navigate(path);
            var view = errorView();
            var text = shownText();
            var matcher = REFERENCE.matcher(text);
            assertThat(matcher.matches()).as(text).isTrue();
            var pageText = view.getElement().getTextRecursively();
            assertThat(pageText)
                    .doesNotContain("Exception")
                    .doesNotContain("12x")
                    .doesNotContain("password_hash")
                    .doesNotContain("at com.");
            var reference = matcher.group(1);
            assertThat(logged.list)
                    .filteredOn(e -> e.getLevel() == Level.ERROR)
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getFormattedMessage()).contains(reference);
                        assertThat(event.getThrowableProxy())
                                .as("the stack trace goes to the log")
                                .isNotNull();
                        // a constructor's exception reaches the router wrapped by Spring's bean factory: the log has
                        // the chain
                        var causes = new ArrayList<String>();
                        for (var t = event.getThrowableProxy(); t != null; t = t.getCause())
                            causes.add(t.getClassName());
                        assertThat(causes)
                                .containsAnyOf(
                                        NumberFormatException.class.getName(),
                                        IllegalArgumentException.class.getName());
                    });
            assertThat(ErrorHandling.httpStatusFor(view.caught())).isEqualTo(500);
        }
    }

    @Test
    void aRefusalWhileOpeningShowsItsMessage() {
        signIn("admin");
        navigate("test-refusal");
        errorView();
        assertThat(shownText()).isEqualTo("This cohort has been archived; open it from the archive.");
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void aServiceDenialWhileOpeningSaysSoWithoutItsText() {
        signIn("ada");
        navigate("test-service-denial");
        errorView();
        assertThat(shownText()).isEqualTo(ErrorHandling.DENIED);
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void anUnknownAddressStillShowsTheNotFoundPage() {
        signIn("admin");
        navigate("no-such-page");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
        navigate("learners/999999999"); // the view throws NotFoundException for a learner that is not there
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void aViewTheUserMayNotOpenIsStillDenied() {
        signIn("ada");
        // Vaadin's access-denied route, which Karibu raises as MockAccessDeniedException, not the error page
        assertThatThrownBy(() -> navigate("staff")).isInstanceOf(MockAccessDeniedException.class);
        // an anonymous visitor is still sent to the login page
        SecurityContextHolder.clearContext();
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("login");
    }
}
