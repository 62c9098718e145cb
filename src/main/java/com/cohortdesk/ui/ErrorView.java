package com.cohortdesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Shown when opening a page fails: a view's constructor, {@code beforeEnter} or {@code setParameter} threw.
 * Replaces Vaadin's InternalServerError, which shows the exception text (and in development the stack trace).
 * The page says what {@link ErrorHandling#messageFor} says: a refusal's own message, or "Something went wrong
 * (reference …)" with the exception logged at ERROR under that reference. Vaadin picks the error view whose
 * exception type is closest to the one thrown, so {@code NotFoundException} still goes to {@link NotFoundView}
 * and Vaadin's {@code AccessDeniedException} to its access-denied view; only what nothing else handles comes here.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong")
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private @Nullable Exception caught;

    public ErrorView() {
        addClassName("error-page");
        setId("error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        caught = parameter.getCaughtException();
        var message = new Paragraph(ErrorHandling.messageFor(caught));
        message.setId("error-message");
        removeAll();
        add(new H2("This page could not be opened"), message, new Anchor("", "Go to your dashboard"));
        return ErrorHandling.httpStatusFor(caught);
    }

    /** The exception this page reports, for tests that tell a failed navigation from a denied one. */
    @Nullable
    Exception caught() {
        return caught;
    }
}
