package com.cohortdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.AuthorizationMatrix.Principal;
import com.cohortdesk.assessment.AssessmentRow;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.dashboard.DashboardService;
import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerRow;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.notice.OutboxFilter;
import com.cohortdesk.notice.OutboxRow;
import com.cohortdesk.notice.OutboxService;
import com.cohortdesk.security.LearnerLinkPrincipal;
import com.cohortdesk.security.NewStaffUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.AttendanceMark;
import com.cohortdesk.session.CalendarOccurrence;
import com.cohortdesk.session.OccurrenceRow;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionPlannerService;
import com.cohortdesk.session.SessionRosterService;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every public method of every service against the intended matrix: the declared roles, then every method
 * called (found by reflection, as ArchitectureTest's rule finds them) by each principal; then the faculty
 * scope (ownership): what a faculty member who does not lead an offering gets from every method that
 * faculty may call, and what its lead gets.
 */
@IntegrationTest
class ServiceAccessMatrixIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staff;

    @Autowired
    DashboardService dashboard;

    @Autowired
    CohortService cohorts;

    @Autowired
    LearnerService learners;

    @Autowired
    OfferingService offerings;

    @Autowired
    OfferingAccess access;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExtensionService extensions;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    SessionRosterService rosters;

    @Autowired
    SessionPlannerService sessionPlanner;

    @Autowired
    OutboxService outbox;

    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",")) + ")";
    }

    static Set<Principal> declared(Method method) {
        var secured = method.getAnnotation(Secured.class);
        var allowed = EnumSet.noneOf(Principal.class);
        if (secured == null) return allowed;
        for (var authority : secured.value()) allowed.add(Principal.valueOf(authority.replace("ROLE_", "")));
        return allowed;
    }

    /** The public, non-static methods of the public @Service classes: those ArchitectureTest requires @Secured on. */
    static Map<String, Method> publicServiceMethods() {
        var methods = new TreeMap<String, Method>();
        for (var service : AuthorizationMatrix.classesAnnotatedWith(Service.class)) {
            if (!Modifier.isPublic(service.getModifiers()))
                continue; // package-private services are internal (UserDetailsService)
            for (var method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) continue;
                methods.put(key(method), method);
            }
        }
        return methods;
    }

    @Test
    void everyPublicServiceMethodHasARuleAndItsSecuredMatchesIt() {
        var actual = new TreeMap<String, Set<Principal>>();
        publicServiceMethods().forEach((key, method) -> actual.put(key, declared(method)));
        assertThat(actual.keySet())
                .as("methods without a rule in AuthorizationMatrix.SERVICE_METHODS")
                .containsAll(new TreeSet<>(AuthorizationMatrix.SERVICE_METHODS.keySet()))
                .hasSameElementsAs(AuthorizationMatrix.SERVICE_METHODS.keySet());
        for (Map.Entry<String, Set<Principal>> e : actual.entrySet()) {
            assertThat(e.getValue())
                    .as("@Secured of " + e.getKey())
                    .isEqualTo(AuthorizationMatrix.SERVICE_METHODS.get(e.getKey()));
        }
    }

    // ---------------------------------------------------------------- every method, called by every principal

    enum Outcome {
        ALLOWED,
        REFUSED
    }

    /**
     * Calls every public service method through its Spring proxy as each principal, with arguments built
     * from the parameter types (ids that no row has, empty text and collections, nulls for drafts), each call
     * in a transaction that is rolled back. Method security decides before the method body runs, so a call
     * is REFUSED when it throws a security exception and no frame of the service's own code is on the
     * exception's stack; it was ALLOWED when it returned, or threw anything from inside the method (the
     * body's own checks, e.g. "There is no offering with id -1", or an ownership refusal). Anything else
     * (any other exception before the body was reached) fails the test.
     */
    @Test
    void everyPublicServiceMethodIsEnforcedWhenCalled() {
        var observed = new TreeMap<String, Set<Principal>>();
        var failures = new ArrayList<String>();
        var transactions = new TransactionTemplate(transactionManager);
        publicServiceMethods().forEach((key, method) -> {
            var bean = context.getBean(method.getDeclaringClass());
            var allowed = EnumSet.noneOf(Principal.class);
            for (var principal : Principal.values()) {
                signInAs(principal);
                try {
                    var outcome = transactions.execute(status -> {
                        status.setRollbackOnly();
                        return call(bean, method, failures);
                    });
                    if (outcome == Outcome.ALLOWED) allowed.add(principal);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
            observed.put(key, allowed);
        });
        assertThat(failures)
                .as("calls that failed before reaching the method, for another reason than security")
                .isEmpty();
        assertThat(observed.keySet()).hasSameElementsAs(AuthorizationMatrix.SERVICE_METHODS.keySet());
        var expected = new TreeMap<>(AuthorizationMatrix.SERVICE_METHODS);
        assertThat(observed).as("who reached each method").isEqualTo(expected);
    }

    private static @Nullable Outcome call(Object bean, Method method, List<String> failures) {
        var arguments = Arrays.stream(method.getParameterTypes())
                .map(ServiceAccessMatrixIT::sample)
                .toArray();
        try {
            method.invoke(bean, arguments);
            return Outcome.ALLOWED;
        } catch (InvocationTargetException e) {
            var thrown = e.getCause();
            if (reachedBody(thrown, method.getDeclaringClass())) return Outcome.ALLOWED;
            if (thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException)
                return Outcome.REFUSED;
            failures.add(
                    key(method) + " as " + SecurityContextHolder.getContext().getAuthentication() + ": " + thrown);
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the exception (or a cause) was thrown with a frame of the service's own code (not its proxy) on the stack. */
    static boolean reachedBody(Throwable thrown, Class<?> service) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (var frame : t.getStackTrace()) {
                var name = frame.getClassName();
                if (name.contains("$$")) continue; // the CGLIB proxy (…$$SpringCGLIB$$0) is not the method
                if (name.equals(service.getName()) || name.startsWith(service.getName() + "$")) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** An argument of the given type: ids that no row has, empty values, nulls for drafts and filters. */
    static @Nullable Object sample(Class<?> type) {
        if (type == long.class || type == Long.class) return -1L;
        if (type == int.class || type == Integer.class) return 1;
        if (type == boolean.class || type == Boolean.class) return false;
        if (type == double.class || type == Double.class) return 0.0;
        if (type == String.class) return "";
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type == byte[].class) return new byte[0];
        if (type == Set.class) return Set.of();
        if (type == List.class || type == Collection.class) return List.of();
        if (type == Map.class) return Map.of();
        if (type == Pageable.class) return PageRequest.of(0, 1);
        if (type == OutputStream.class) return new ByteArrayOutputStream();
        if (type == InputStream.class) return new ByteArrayInputStream(new byte[0]);
        if (type == LocalDate.class) return LocalDate.of(2026, 11, 25);
        if (type == LocalDateTime.class) return LocalDateTime.of(2026, 11, 25, 12, 0);
        if (type == LocalTime.class) return LocalTime.NOON;
        if (type == Instant.class) return Instant.parse("2026-11-25T12:00:00Z");
        if (type == Duration.class) return Duration.ofHours(1);
        if (type == ZoneId.class) return ZoneId.of("Europe/London");
        return null;
    }

    private void signInAs(Principal principal) {
        SecurityContextHolder.clearContext();
        switch (principal) {
            // as Spring Security's anonymous filter leaves it for a visitor who is not signed in
            case ANONYMOUS -> {
                var anonymous = SecurityContextHolder.createEmptyContext();
                anonymous.setAuthentication(new AnonymousAuthenticationToken(
                        "test",
                        "anonymousUser",
                        List.of(new SimpleGrantedAuthority(LearnerLinkPrincipal.ANONYMOUS_AUTHORITY))));
                SecurityContextHolder.setContext(anonymous);
            }
            // the holder of a personal link naming no learner that exists: reaching a method is what counts here
            case LEARNER_LINK -> {
                var link = SecurityContextHolder.createEmptyContext();
                link.setAuthentication(new LearnerLinkPrincipal.Authentication(new LearnerLinkPrincipal(-1, -1, "")));
                SecurityContextHolder.setContext(link);
            }
            case ADMIN -> signInAs("admin");
            case FACULTY -> signInAs("ada");
        }
    }

    private void signInAs(String username) {
        var user = users.loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    // ---------------------------------------------------------------- ownership: the faculty scope

    /** The offering the ownership cases are about (Fall 2026's MLDS101, led by ada) and things of it. */
    record Fixture(
            long offeringId,
            long cohortId,
            int term,
            long learnerId,
            String learnerEmail,
            long assessmentId,
            long sessionId,
            long occurrenceId,
            Set<Long> occurrencesOfOffering,
            long callerId) {}

    /**
     * For one method that faculty may call: what a faculty member who does not lead the offering gets (refused,
     * or nothing of the offering), and what its lead gets (null for writes, whose success is tested elsewhere).
     */
    record Case(Consumer<Fixture> notLeading, @Nullable Consumer<Fixture> leading) {}

    /** Faculty-callable methods that read no offering's data, and why. */
    private static final Map<String, String> OWN_DATA = Map.ofEntries(
            Map.entry("ModuleService.myModules()", "the caller's own module assignments"),
            Map.entry("StaffService.displayNames(Collection)", "colleagues' display names only"),
            Map.entry("StaffService.changeOwnPassword(String,String)", "the caller's own password"),
            Map.entry("StaffService.passwordChangeRequired()", "the caller's own account"),
            Map.entry("StaffService.darkMode()", "the caller's own colour scheme"),
            Map.entry("StaffService.setDarkMode(boolean)", "the caller's own colour scheme"),
            Map.entry("CalendarFeedService.myLink()", "the caller's own calendar feed link"),
            Map.entry("CalendarFeedService.issueMine()", "the caller's own calendar feed link"),
            Map.entry("CalendarFeedService.revokeMine()", "the caller's own calendar feed link"),
            Map.entry(
                    "LearnerPageService.open(String,String)",
                    "the learner the presented token names, whoever presents it"),
            Map.entry("OutboxService.paused()", "whether sending is paused (no notice)"),
            Map.entry("OutboxService.sendingConfigured()", "whether a mail server is configured (no notice)"));

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private Set<Long> offeringsLedBy(long staffId) {
        return new HashSet<>(jdbc.queryForList(
                "select offering_id from offering_lead where staff_user_id = ?", Long.class, staffId));
    }

    private Set<Long> learnersWithAPlaceIn(Set<Long> offeringIds) {
        if (offeringIds.isEmpty()) return Set.of();
        var in = offeringIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new HashSet<>(
                jdbc.queryForList("select learner_id from enrollment where offering_id in (" + in + ")", Long.class));
    }

    private Set<Long> cohortsOf(Set<Long> offeringIds) {
        if (offeringIds.isEmpty()) return Set.of();
        var in = offeringIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new HashSet<>(
                jdbc.queryForList("select distinct cohort_id from offering where id in (" + in + ")", Long.class));
    }

    private Instant dueAt(long assessmentId) {
        return jdbc.queryForObject("select due_at from assessment where id = ?", Timestamp.class, assessmentId)
                .toInstant();
    }

    private Map<String, Case> ownershipCases() {
        var cases = new LinkedHashMap<String, Case>();
        var page = PageRequest.of(0, 1000);
        cases.put(
                "OfferingAccess.scope()",
                new Case(
                        f -> assertThat(access.scope().includes(f.offeringId())).isFalse(),
                        f -> assertThat(access.scope().includes(f.offeringId())).isTrue()));
        cases.put(
                "OfferingAccess.mayRead(long)",
                new Case(
                        f -> assertThat(access.mayRead(f.offeringId())).isFalse(),
                        f -> assertThat(access.mayRead(f.offeringId())).isTrue()));
        cases.put(
                "OfferingAccess.requireReadable(long)",
                new Case(
                        f -> refused(() -> access.requireReadable(f.offeringId())),
                        f -> assertThatCode(() -> access.requireReadable(f.offeringId()))
                                .doesNotThrowAnyException()));
        cases.put(
                "OfferingAccess.cohortIdsInScope()",
                new Case(
                        f -> assertThat(access.cohortIdsInScope()).isSubsetOf(cohortsOf(offeringsLedBy(f.callerId()))),
                        f -> assertThat(access.cohortIdsInScope()).contains(f.cohortId())));
        cases.put(
                "DashboardService.myWeek()",
                new Case(
                        f -> {
                            var week = dashboard.myWeek();
                            assertThat(week.sessions())
                                    .extracting(s -> s.occurrenceId())
                                    .doesNotContainAnyElementsOf(f.occurrencesOfOffering());
                            assertThat(week.deadlines())
                                    .extracting(d -> d.assessmentId())
                                    .doesNotContain(f.assessmentId());
                        },
                        f -> assertThat(dashboard.myWeek().sessions())
                                .extracting(s -> s.occurrenceId())
                                .containsAnyElementsOf(f.occurrencesOfOffering())));
        cases.put(
                "CohortService.myCohorts()",
                new Case(
                        f -> assertThat(cohorts.myCohorts())
                                .extracting(CohortSummary::id)
                                .isSubsetOf(cohortsOf(offeringsLedBy(f.callerId()))),
                        f -> assertThat(cohorts.myCohorts())
                                .extracting(CohortSummary::id)
                                .contains(f.cohortId())));
        cases.put(
                "LearnerService.roster(LearnerFilter,Pageable)",
                new Case(
                        f -> {
                            var mine = learnersWithAPlaceIn(offeringsLedBy(f.callerId()));
                            assertThat(learners.roster(LearnerFilter.none(), page))
                                    .extracting(LearnerRow::id)
                                    .isSubsetOf(mine);
                            assertThat(learners.roster(new LearnerFilter(null, f.cohortId(), null, null, null), page))
                                    .extracting(LearnerRow::id)
                                    .isSubsetOf(mine);
                        },
                        f -> assertThat(learners.roster(
                                        new LearnerFilter(f.learnerEmail(), null, null, null, null), page))
                                .extracting(LearnerRow::id)
                                .containsExactly(f.learnerId())));
        cases.put(
                "OfferingService.myOfferings()",
                new Case(
                        f -> assertThat(offerings.myOfferings())
                                .extracting(OfferingRow::id)
                                .doesNotContain(f.offeringId()),
                        f -> assertThat(offerings.myOfferings())
                                .extracting(OfferingRow::id)
                                .contains(f.offeringId())));
        cases.put(
                "OfferingService.get(long)",
                new Case(
                        f -> refused(() -> offerings.get(f.offeringId())),
                        f -> assertThat(offerings.get(f.offeringId()).taken()).isPositive()));
        cases.put(
                "OfferingService.roster(long,EnrollmentStatus,String,Pageable)",
                new Case(
                        f -> refused(() -> offerings.roster(f.offeringId(), null, null, page)),
                        f -> assertThat(offerings.roster(f.offeringId(), null, null, page))
                                .extracting(r -> r.learnerId())
                                .contains(f.learnerId())));
        cases.put(
                "AssessmentService.deadlines(Long,Integer)",
                new Case(
                        f -> {
                            var list = assessments.deadlines(f.cohortId(), f.term());
                            assertThat(list.rows())
                                    .extracting(AssessmentRow::offeringId)
                                    .doesNotContain(f.offeringId());
                            assertThat(list.weights())
                                    .extracting(w -> w.offeringId())
                                    .doesNotContain(f.offeringId());
                            assertThat(assessments.deadlines(null, null).rows())
                                    .extracting(AssessmentRow::offeringId)
                                    .doesNotContain(f.offeringId());
                        },
                        f -> assertThat(assessments
                                        .deadlines(f.cohortId(), f.term())
                                        .rows())
                                .extracting(AssessmentRow::id)
                                .contains(f.assessmentId())));
        cases.put(
                "AssessmentService.get(long)",
                new Case(
                        f -> refused(() -> assessments.get(f.assessmentId())),
                        f -> assertThat(assessments.get(f.assessmentId()).offeringId())
                                .isEqualTo(f.offeringId())));
        cases.put(
                "ExtensionService.history(long)",
                new Case(
                        f -> refused(() -> extensions.history(f.assessmentId())),
                        f -> assertThat(extensions.history(f.assessmentId())).isNotEmpty()));
        cases.put(
                "SessionSchedulingService.upcoming()",
                new Case(
                        f -> assertThat(sessions.upcoming())
                                .extracting(OccurrenceRow::occurrenceId)
                                .doesNotContainAnyElementsOf(f.occurrencesOfOffering()),
                        f -> assertThat(sessions.upcoming())
                                .extracting(OccurrenceRow::occurrenceId)
                                .contains(f.occurrenceId())));
        cases.put(
                "SessionSchedulingService.series(long)",
                new Case(
                        f -> refused(() -> sessions.series(f.sessionId())),
                        f -> assertThat(sessions.series(f.sessionId()))
                                .extracting(OccurrenceRow::occurrenceId)
                                .contains(f.occurrenceId())));
        cases.put(
                "SessionSchedulingService.occurrence(long)",
                new Case(
                        f -> refused(() -> sessions.occurrence(f.occurrenceId())),
                        f -> assertThat(sessions.occurrence(f.occurrenceId()).offeringId())
                                .isEqualTo(f.offeringId())));
        cases.put(
                "SessionRosterService.roster(long)",
                new Case(
                        f -> refused(() -> rosters.roster(f.occurrenceId())),
                        f -> assertThat(rosters.roster(f.occurrenceId()))
                                .extracting(r -> r.learnerId())
                                .contains(f.learnerId())));
        cases.put(
                "SessionRosterService.writeRosterCsv(long,OutputStream)",
                new Case(
                        f -> {
                            var out = new ByteArrayOutputStream();
                            refused(() -> rosters.writeRosterCsv(f.occurrenceId(), out));
                            assertThat(out.size()).isZero();
                        },
                        f -> {
                            var out = new ByteArrayOutputStream();
                            rosters.writeRosterCsv(f.occurrenceId(), out);
                            assertThat(out.toString(StandardCharsets.UTF_8)).contains(f.learnerEmail());
                        }));
        cases.put(
                "SessionPlannerService.plan(long,DayOfWeek,LocalTime,Duration)",
                new Case(
                        f -> refused(() -> sessionPlanner.plan(
                                f.offeringId(), DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofHours(1))),
                        f -> assertThat(sessionPlanner
                                        .plan(
                                                f.offeringId(),
                                                DayOfWeek.TUESDAY,
                                                LocalTime.of(18, 0),
                                                Duration.ofHours(1))
                                        .learners())
                                .isPositive()));
        var from = Instant.parse("2026-11-20T00:00:00Z");
        var to = Instant.parse("2027-01-15T00:00:00Z");
        cases.put(
                "SessionSchedulingService.calendar(Collection,Collection,Instant,Instant)",
                new Case(
                        f -> {
                            assertThat(sessions.calendar(List.of(), List.of(), from, to))
                                    .extracting(CalendarOccurrence::occurrenceId)
                                    .doesNotContainAnyElementsOf(f.occurrencesOfOffering());
                            assertThat(sessions.calendar(List.of(f.cohortId()), List.of(), from, to))
                                    .extracting(CalendarOccurrence::occurrenceId)
                                    .doesNotContainAnyElementsOf(f.occurrencesOfOffering());
                        },
                        f -> assertThat(sessions.calendar(List.of(), List.of(), from, to))
                                .extracting(CalendarOccurrence::occurrenceId)
                                .contains(f.occurrenceId())));
        cases.put(
                "AssessmentService.calendar(Collection,Collection,Instant,Instant)",
                new Case(
                        f -> {
                            var due = dueAt(f.assessmentId());
                            assertThat(assessments.calendar(
                                            List.of(),
                                            List.of(),
                                            due.minus(Duration.ofDays(7)),
                                            due.plus(Duration.ofDays(7))))
                                    .extracting(AssessmentRow::offeringId)
                                    .doesNotContain(f.offeringId());
                            assertThat(assessments.calendar(
                                            List.of(f.cohortId()),
                                            List.of(),
                                            due.minus(Duration.ofDays(7)),
                                            due.plus(Duration.ofDays(7))))
                                    .extracting(AssessmentRow::offeringId)
                                    .doesNotContain(f.offeringId());
                        },
                        f -> {
                            var due = dueAt(f.assessmentId());
                            assertThat(assessments.calendar(
                                            List.of(),
                                            List.of(),
                                            due.minus(Duration.ofDays(7)),
                                            due.plus(Duration.ofDays(7))))
                                    .extracting(AssessmentRow::id)
                                    .contains(f.assessmentId());
                        }));
        // writes: refused to anyone who does not lead the offering
        cases.put(
                "SessionSchedulingService.schedule(SessionDraft,String)",
                new Case(
                        f -> refused(() -> sessions.schedule(
                                new SessionDraft(
                                        SessionType.OFFICE_HOUR,
                                        "Drop-in",
                                        f.offeringId(),
                                        f.callerId(),
                                        LocalDateTime.of(2026, 12, 10, 9, 0),
                                        ZoneId.of("Europe/London"),
                                        Duration.ofHours(1),
                                        null,
                                        "https://meet.example.org/drop-in",
                                        null),
                                null)),
                        null));
        cases.put(
                "SessionRosterService.book(long,long)",
                new Case(f -> refused(() -> rosters.book(f.occurrenceId(), f.learnerId())), null));
        cases.put(
                "SessionRosterService.cancelBooking(long,long)",
                new Case(f -> refused(() -> rosters.cancelBooking(f.occurrenceId(), f.learnerId())), null));
        cases.put(
                "SessionRosterService.markAttendance(long,long,long,AttendanceMark,String)",
                new Case(
                        f -> refused(() -> rosters.markAttendance(
                                f.occurrenceId(), f.learnerId(), -1, AttendanceMark.PRESENT, null)),
                        null));
        cases.put(
                "SessionSchedulingService.cancelOccurrence(long,long,String)",
                new Case(f -> refused(() -> sessions.cancelOccurrence(f.occurrenceId(), 0, "Ill")), null));
        cases.put(
                "SessionSchedulingService.moveOccurrence(long,long,LocalDateTime,String,String)",
                new Case(
                        f -> refused(() -> sessions.moveOccurrence(
                                f.occurrenceId(), 0, LocalDateTime.of(2026, 12, 10, 9, 0), "Clash", null)),
                        null));
        // notices: the outbox shows faculty the notices of the offerings they lead and of the sessions they host
        cases.put(
                "OutboxService.page(OutboxFilter,int,int,Map)",
                new Case(
                        f -> assertThat(outboxIds())
                                .doesNotContainAnyElementsOf(noticesOf(f.offeringId(), f.callerId())),
                        f -> assertThat(outboxIds())
                                .containsAll(noticesOf(f.offeringId(), f.callerId()))
                                .isNotEmpty()));
        cases.put(
                "OutboxService.count(OutboxFilter)",
                new Case(
                        f -> assertThat(outbox.count(OutboxFilter.NONE)).isEqualTo(noticesInScope(f.callerId())),
                        f -> assertThat(outbox.count(OutboxFilter.NONE)).isEqualTo(noticesInScope(f.callerId()))));
        cases.put(
                "OutboxService.get(long)",
                new Case(
                        f -> refused(() -> outbox.get(noticesOf(f.offeringId(), f.callerId())
                                .iterator()
                                .next())),
                        f -> assertThat(outbox.get(noticesOf(f.offeringId(), f.callerId())
                                                .iterator()
                                                .next())
                                        .row()
                                        .id())
                                .isEqualTo(noticesOf(f.offeringId(), f.callerId())
                                        .iterator()
                                        .next())));
        cases.put(
                "SessionSchedulingService.changeMeetingLink(long,long,String)",
                new Case(
                        f -> refused(
                                () -> sessions.changeMeetingLink(f.sessionId(), 0, "https://meet.example.org/other")),
                        null));
        return cases;
    }

    private Set<Long> outboxIds() {
        return outbox.page(OutboxFilter.NONE, 0, 100_000, Map.of()).stream()
                .map(OutboxRow::id)
                .collect(Collectors.toSet());
    }

    /** The notices about the offering that do not concern the caller otherwise (not their session, not their digest). */
    private Set<Long> noticesOf(long offeringId, long callerId) {
        return new TreeSet<>(jdbc.queryForList("""
                select id from notice where offering_id = ? and (host_id is null or host_id <> ?) and (staff_id is null or staff_id <> ?)""", Long.class, offeringId, callerId, callerId));
    }

    private long noticesInScope(long callerId) {
        return jdbc.queryForObject("""
                select count(*) from notice where host_id = ? or staff_id = ?
                  or offering_id in (select offering_id from offering_lead where staff_user_id = ?)""", Long.class, callerId, callerId, callerId);
    }

    @Test
    void everyMethodFacultyMayCallHasAnOwnershipCase() {
        var facultyMethods = AuthorizationMatrix.SERVICE_METHODS.entrySet().stream()
                .filter(e -> e.getValue().contains(Principal.FACULTY))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        var covered = new TreeSet<>(ownershipCases().keySet());
        covered.addAll(OWN_DATA.keySet());
        assertThat(covered)
                .as("faculty-callable methods without an ownership case")
                .isEqualTo(facultyMethods);
    }

    /**
     * The offering (Fall 2026's MLDS101) is led by ada. A colleague who leads other offerings of the same
     * cohort and term (ben, MLDS102) and a new faculty member who leads nothing get nothing of it from any
     * method; ada gets its data from every read method.
     */
    @Test
    @Transactional
    void facultyWhoDoNotLeadAnOfferingGetNothingOfItAndItsLeadGetsItsData() {
        signInAs("admin");
        long stranger = staff.create(new NewStaffUser(
                        "zoe", "Dr Zoe Stranger", "zoe@example.org", "zoe-has-a-long-passphrase", Set.of(Role.FACULTY)))
                .id();
        SecurityContextHolder.clearContext();
        long offeringId = jdbc.queryForObject("""
                select o.id from offering o join programme_module m on m.id = o.module_id join cohort c on c.id = o.cohort_id
                where m.code = 'MLDS101' and c.intake_year = 2026""", Long.class);
        long ada = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
        long ben = jdbc.queryForObject("select id from staff_user where username = 'ben'", Long.class);
        assertThat(offeringsLedBy(ada)).contains(offeringId);
        assertThat(offeringsLedBy(ben)).doesNotContain(offeringId).isNotEmpty();
        long cohortId = jdbc.queryForObject("select cohort_id from offering where id = ?", Long.class, offeringId);
        var learner = jdbc.queryForMap(
                "select l.id, l.email from learner l join enrollment e on e.learner_id = l.id "
                        + "where e.offering_id = ? and e.status = 'ENROLLED' order by l.id limit 1",
                offeringId);
        long assessmentId = jdbc.queryForObject(
                "select min(a.id) from assessment a join assessment_extension x on x.assessment_id = a.id "
                        + "where a.offering_id = ?",
                Long.class,
                offeringId);
        var occurrences = new HashSet<>(jdbc.queryForList(
                "select o.id from session_occurrence o join live_session s on s.id = o.session_id "
                        + "where s.offering_id = ?",
                Long.class,
                offeringId));
        var next = jdbc.queryForMap(
                "select o.id, o.session_id from session_occurrence o join live_session s on s.id = o.session_id "
                        + "where s.offering_id = ? and o.starts_at > ? order by o.starts_at limit 1",
                offeringId,
                Timestamp.from(Instant.parse("2026-11-25T12:00:00Z")));
        var cases = ownershipCases();
        var failures = new ArrayList<String>();
        for (var caller : List.of("ben", "zoe", "ada")) {
            long callerId = caller.equals("ada") ? ada : caller.equals("ben") ? ben : stranger;
            var fixture = new Fixture(
                    offeringId,
                    cohortId,
                    1,
                    ((Number) learner.get("ID")).longValue(),
                    (String) learner.get("EMAIL"),
                    assessmentId,
                    ((Number) next.get("SESSION_ID")).longValue(),
                    ((Number) next.get("ID")).longValue(),
                    occurrences,
                    callerId);
            cases.forEach((method, c) -> {
                var check = caller.equals("ada") ? c.leading() : c.notLeading();
                if (check == null) return;
                signInAs(caller);
                try {
                    check.accept(fixture);
                } catch (AssertionError | RuntimeException e) {
                    failures.add(caller + " calls " + method + ": " + e.getMessage());
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        assertThat(failures).isEmpty();
        // the new faculty member leads nothing, so every list is empty
        signInAs("zoe");
        assertThat(learners.roster(LearnerFilter.none(), PageRequest.of(0, 10))).isEmpty();
        assertThat(cohorts.myCohorts()).isEmpty();
        assertThat(sessions.upcoming()).isEmpty();
        assertThat(assessments.deadlines(null, null).rows()).isEmpty();
        assertThat(access.scope().none()).isTrue();
        SecurityContextHolder.clearContext();
    }
}
