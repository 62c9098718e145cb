package com.cohortdesk.security.ui;

import com.cohortdesk.security.LoginLockout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page. Spring Security processes the form; a failed attempt comes back with ?error. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Cohort Desk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        getElement().setAttribute("role", "main"); // the page's one landmark (axe: landmark-one-main, region)
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage()
                .setMessage("The username or password is not right, or the account is disabled or locked. "
                        + "After " + LoginLockout.MAX_FAILURES + " wrong passwords an account is locked for "
                        + LoginLockout.LOCK_DURATION.toMinutes()
                        + " minutes; after repeated failures, wait a few seconds between tries.");
        i18n.setAdditionalInformation(null);
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var title = new H1("Cohort Desk");
        title.addClassName("login-title");
        var tagline = new Paragraph("The programme office of the online MSc in Machine Learning and Data Science");
        tagline.addClassName("login-tagline");
        var card = new Div(title, tagline, login);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
