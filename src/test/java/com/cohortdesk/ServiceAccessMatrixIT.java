package com.cohortdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.AuthorizationMatrix.Principal;
import com.cohortdesk.audit.AuditFilter;
import com.cohortdesk.audit.AuditService;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.security.StaffService;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/** Every public method of every service against the intended matrix, and enforcement for a few of them. */
@IntegrationTest
class ServiceAccessMatrixIT {

    @Autowired UserDetailsService users;
    @Autowired StaffService staff;
    @Autowired CohortService cohorts;
    @Autowired ModuleService modules;
    @Autowired AuditService audit;

    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    static Set<Principal> declared(Method method) {
        var secured = method.getAnnotation(Secured.class);
        var allowed = EnumSet.noneOf(Principal.class);
        if (secured == null) return allowed;
        for (var authority : secured.value()) allowed.add(Principal.valueOf(authority.replace("ROLE_", "")));
        return allowed;
    }

    @Test
    void everyPublicServiceMethodHasARuleAndItsSecuredMatchesIt() {
        var actual = new TreeMap<String, Set<Principal>>();
        for (var service : AuthorizationMatrix.classesAnnotatedWith(Service.class)) {
            if (!Modifier.isPublic(service.getModifiers())) continue; // package-private services are internal (UserDetailsService)
            for (var method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) continue;
                actual.put(key(method), declared(method));
            }
        }
        assertThat(actual.keySet()).as("methods without a rule in AuthorizationMatrix.SERVICE_METHODS")
                .containsAll(new TreeSet<>(AuthorizationMatrix.SERVICE_METHODS.keySet()))
                .hasSameElementsAs(AuthorizationMatrix.SERVICE_METHODS.keySet());
        for (Map.Entry<String, Set<Principal>> e : actual.entrySet()) {
            assertThat(e.getValue()).as("@Secured of " + e.getKey()).isEqualTo(AuthorizationMatrix.SERVICE_METHODS.get(e.getKey()));
        }
    }

    private void as(Principal principal, Runnable check) {
        SecurityContextHolder.clearContext();
        if (principal != Principal.ANONYMOUS) {
            var user = users.loadUserByUsername(principal == Principal.ADMIN ? "admin" : "ada");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        try {
            check.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void expect(String method, ThrowingCallable call) {
        for (var principal : Principal.values()) {
            as(principal, () -> {
                if (AuthorizationMatrix.SERVICE_METHODS.get(method).contains(principal)) {
                    assertThatCode(call).as(principal + " calls " + method).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(call).as(principal + " calls " + method)
                            .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
                }
            });
        }
    }

    @Test
    void theRulesAreEnforcedWhenCalled() {
        expect("StaffService.listStaff()", () -> staff.listStaff());
        expect("StaffService.displayNames(Collection)", () -> staff.displayNames(Set.of(1L)));
        expect("StaffService.passwordChangeRequired()", () -> staff.passwordChangeRequired());
        expect("CohortService.listCohorts()", () -> cohorts.listCohorts());
        expect("CohortService.myCohorts()", () -> cohorts.myCohorts());
        expect("ModuleService.myModules()", () -> modules.myModules());
        expect("ModuleService.moduleCodesOf(long)", () -> modules.moduleCodesOf(1L));
        expect("AuditService.search(AuditFilter,int,int)", () -> audit.search(AuditFilter.none(), 0, 5));
        expect("AuditService.entityTypes()", () -> audit.entityTypes());
    }
}
