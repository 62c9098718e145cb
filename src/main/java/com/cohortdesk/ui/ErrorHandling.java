package com.cohortdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The UI-wide error handler: the user gets a clear notification, the log gets the cause. Concurrent
 * edits and refused actions get their own messages.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var message = messageFor(error.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    var notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }

    static String messageFor(Throwable throwable) {
        var cause = rootOf(throwable);
        if (cause instanceof OptimisticLockingFailureException || throwable instanceof OptimisticLockingFailureException) {
            log.info("Concurrent edit refused: {}", cause.getMessage());
            return "Someone else changed this record while you were editing it. Reload to see their change; nothing was overwritten.";
        }
        if (cause instanceof AccessDeniedException) {
            log.warn("Action refused: {}", cause.getMessage());
            return "You do not have permission to do that.";
        }
        if (cause instanceof IllegalArgumentException) {
            log.info("Rejected input: {}", cause.getMessage());
            return cause.getMessage();
        }
        log.error("Unexpected error", throwable);
        return "Something went wrong and the action was not completed. The error has been logged.";
    }

    private static Throwable rootOf(Throwable throwable) {
        var t = throwable;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof OptimisticLockingFailureException)
                && !(t instanceof AccessDeniedException)) {
            t = t.getCause();
        }
        return t;
    }
}
