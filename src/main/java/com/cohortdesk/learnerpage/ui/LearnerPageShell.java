package com.cohortdesk.learnerpage.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The personal pages' bootstrap document ({@code /me/...}): meta tags that keep it out of search engines and
 * stop the browser from sending its address (with the token) as a Referer, beside the same HTTP headers
 * ({@code LearnerPageHeaders}).
 */
@Component
class LearnerPageShell implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            var path = response.getVaadinRequest().getPathInfo();
            if (path == null || !path.startsWith("/me/")) return;
            var head = response.getDocument().head();
            head.appendElement("meta").attr("name", "robots").attr("content", "noindex, nofollow");
            head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        });
    }
}
