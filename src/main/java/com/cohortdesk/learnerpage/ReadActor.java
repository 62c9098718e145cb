package com.cohortdesk.learnerpage;

import com.cohortdesk.security.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The system actor that reads a learner's details, plan and deadlines for their own page, through the owning
 * services (administrator role, as the calendar feed's actor), only inside {@link LearnerPageService} and
 * only for the learner the verified link names. Nothing it calls writes.
 */
final class ReadActor {

    static final String NAME = "learner-page";

    private ReadActor() {}

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
