package com.cohortdesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an unknown address, and for pages the user may not open (so their existence is not revealed). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("error-page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H2("Page not found"),
                new Paragraph(
                        "There is no page at /" + event.getLocation().getPath() + ", or you do not have access to it."),
                new Anchor("", "Go to your dashboard"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
