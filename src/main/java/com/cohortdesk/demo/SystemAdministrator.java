package com.cohortdesk.demo;

import com.cohortdesk.security.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Demo data is written through the secured services, as the system actor "demo-data" with the administrator role. */
final class SystemAdministrator {

    private SystemAdministrator() {}

    static void run(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
