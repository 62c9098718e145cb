package com.cohortdesk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin adds its connection indicator (the loading bar, "Connection lost, trying to reconnect") to the end of every
 * page's body, outside the page's landmarks. It is a status message, so it becomes a {@code status} live region: screen
 * readers announce a lost connection, and axe's {@code region} rule counts it as a region of its own.
 */
@Component
class ConnectionIndicatorStatus implements VaadinServiceInitListener {

    static final String SCRIPT = """
            const indicator = (window.Vaadin && window.Vaadin.connectionIndicator)
                || document.querySelector('vaadin-connection-indicator');
            if (indicator) indicator.setAttribute('role', 'status');""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(SCRIPT));
    }
}
