package com.cohortdesk.ui;

import com.cohortdesk.shared.RuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The UI-wide error handler and the one place that turns an exception into words for the page. A
 * {@link RuleViolation} is a refusal the user can act on: its message is shown. A concurrent edit and a
 * refused action get their own messages. Anything else is a fault of the app: the page says only
 * "Something went wrong (reference XYZ)" and the log gets the exception at ERROR with that reference; no
 * exception text or stack trace reaches the page.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static final String CONFLICT =
            "Someone else changed this record while you were editing it. Reload to see their change; "
                    + "nothing was overwritten.";
    public static final String DENIED = "You do not have permission to do that.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
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

    /**
     * What the page says about an exception, logging it as befits its kind: a refusal's own message, the
     * conflict or permission message, or "Something went wrong (reference …)" with the exception logged at
     * ERROR under that reference.
     */
    public static String messageFor(Throwable throwable) {
        var conflict = find(throwable, OptimisticLockingFailureException.class);
        if (conflict != null) {
            log.info("Concurrent edit refused: {}", conflict.getMessage());
            return CONFLICT;
        }
        var denied = find(throwable, AccessDeniedException.class);
        if (denied != null) {
            log.warn("Action refused: {}", denied.getMessage());
            return DENIED;
        }
        var refusal = find(throwable, RuleViolation.class);
        if (refusal != null
                && refusal.getMessage() != null
                && !refusal.getMessage().isBlank()) {
            log.info("Refused: {}", refusal.getMessage());
            return refusal.getMessage();
        }
        return unexpected(throwable);
    }

    /**
     * The HTTP status of a page that failed with this exception: 409 for a concurrent edit, 403 for a refused
     * action, 400 for a refusal, 500 for anything else.
     */
    static int httpStatusFor(Throwable throwable) {
        if (find(throwable, OptimisticLockingFailureException.class) != null) return HttpServletResponse.SC_CONFLICT;
        if (find(throwable, AccessDeniedException.class) != null) return HttpServletResponse.SC_FORBIDDEN;
        var refusal = find(throwable, RuleViolation.class);
        if (refusal != null
                && refusal.getMessage() != null
                && !refusal.getMessage().isBlank()) return HttpServletResponse.SC_BAD_REQUEST;
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Logs an unexpected exception at ERROR under a new reference and returns what the page says about it. */
    public static String unexpected(Throwable throwable) {
        var reference = newReference();
        log.error("Unexpected error, reference {}", reference, throwable);
        return somethingWentWrong(reference);
    }

    static String somethingWentWrong(String reference) {
        return "Something went wrong (reference " + reference + "). The error has been logged; quote the reference "
                + "when you report it.";
    }

    /** Eight letters and digits that are easy to read out: no 0/O, 1/I. */
    static String newReference() {
        var reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++)
            reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        return reference.toString().toUpperCase(Locale.ROOT);
    }

    /** The first exception of the given type in the cause chain. */
    private static <T extends Throwable> @Nullable T find(Throwable throwable, Class<T> type) {
        var seen = new HashSet<Throwable>();
        for (var t = throwable; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
