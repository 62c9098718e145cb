package com.cohortdesk.calendar;

import com.cohortdesk.security.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The system actor that reads a feed's content. A feed request has no signed-in user, only a verified
 * token naming one subject; {@link FeedReader} reads that subject's sessions and deadlines through the
 * owning services as "calendar-feed" with the administrator role (as the demo data is written), and
 * only inside this call. Nothing it calls writes.
 */
final class FeedActor {

    static final String NAME = "calendar-feed";

    private FeedActor() {}

    static <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
