package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.shared.RuleViolation;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

/** The error handler the app installs in every Vaadin session, as a signed-in user meets it. */
class ErrorHandlingViewTest extends ViewTest {

    private static void fail(Throwable throwable) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(throwable));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void aRefusalShowsItsMessage() {
        signIn("admin");
        navigate("");
        fail(new RuleViolation("The cohort name is too long (at most 80 characters)."));
        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .containsExactly("The cohort name is too long (at most 80 characters).");
    }

    @Test
    void aFaultShowsOnlyAReference() {
        signIn("admin");
        navigate("");
        fail(new NumberFormatException("For input string: \"12x\""));
        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .singleElement()
                .asString()
                .matches("Something went wrong \\(reference [A-Z2-9]{8}\\)\\..*")
                .doesNotContain("12x")
                .doesNotContain("NumberFormat");
    }
}
