package com.cohortdesk;

import static java.util.Map.entry;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Who may do what: the intended rule for every route and every public service method, written out
 * by hand. A route or method that is not listed here fails the build (RouteAccessMatrixTest,
 * ServiceAccessMatrixIT), so every new one needs a deliberate rule.
 */
public final class AuthorizationMatrix {

    /**
     * Who calls: an anonymous visitor, a member of staff, or the holder of a learner's personal link
     * (LEARNER_LINK: no account, only a verified token naming one learner; it exists only inside the learner
     * page's service calls, so routes are opened by the other three).
     */
    public enum Principal {
        ANONYMOUS,
        FACULTY,
        ADMIN,
        LEARNER_LINK
    }

    /** The principals a route is opened by (a browser: anonymous or signed in). */
    public static final Set<Principal> ROUTE_PRINCIPALS =
            EnumSet.of(Principal.ANONYMOUS, Principal.FACULTY, Principal.ADMIN);

    private static final Set<Principal> EVERYONE = ROUTE_PRINCIPALS;
    private static final Set<Principal> STAFF = EnumSet.of(Principal.FACULTY, Principal.ADMIN);
    private static final Set<Principal> ADMIN = EnumSet.of(Principal.ADMIN);
    private static final Set<Principal> LEARNER_LINK = EnumSet.of(Principal.LEARNER_LINK);
    private static final Set<Principal> STAFF_AND_LEARNER_LINK =
            EnumSet.of(Principal.FACULTY, Principal.ADMIN, Principal.LEARNER_LINK);

    /** In a sample path, replaced by a personal link's token issued for a demo learner just before opening it. */
    public static final String PERSONAL_LINK_TOKEN = "{personal-link-token}";

    /** A route template, an address to try it with, and who may open it. */
    public record RouteRule(String samplePath, Set<Principal> allowed) {}

    public static final Map<String, RouteRule> ROUTES = Map.ofEntries(
            entry("login", new RouteRule("login", EVERYONE)),
            entry("", new RouteRule("", STAFF)),
            entry("change-password", new RouteRule("change-password", STAFF)),
            entry("modules", new RouteRule("modules", STAFF)),
            entry("learners", new RouteRule("learners", STAFF)),
            entry("learners/:learnerId", new RouteRule("learners/1", ADMIN)),
            entry("cohorts", new RouteRule("cohorts", ADMIN)),
            entry("cohorts/:cohortId", new RouteRule("cohorts/1", ADMIN)),
            entry("cohorts/:cohortId/import", new RouteRule("cohorts/1/import", ADMIN)),
            entry("offerings", new RouteRule("offerings", STAFF)),
            // offering 2 is Fall 2023's MLDS101, led by the demo faculty member the matrix signs in as (ada)
            entry("offerings/:offeringId", new RouteRule("offerings/2", STAFF)),
            entry("staff", new RouteRule("staff", ADMIN)),
            entry("audit", new RouteRule("audit", ADMIN)),
            entry("deadlines", new RouteRule("deadlines", STAFF)),
            entry("deadlines/load", new RouteRule("deadlines/load", ADMIN)),
            entry("sessions", new RouteRule("sessions", STAFF)),
            entry("sessions/:occurrenceId", new RouteRule("sessions/1", STAFF)),
            entry("planner", new RouteRule("planner", STAFF)),
            entry("calendar", new RouteRule("calendar", STAFF)),
            // the outbox: faculty see the notices about their own sessions and the offerings they lead
            entry("outbox", new RouteRule("outbox", STAFF)),
            entry("privacy", new RouteRule("privacy", ADMIN)),
            // a learner's own page: whoever holds the link (an administrator may open it too, "Open as the learner")
            entry("me/:token", new RouteRule("me/" + PERSONAL_LINK_TOKEN, EVERYONE)),
            entry("attention", new RouteRule("attention?kind=session-full", ADMIN)));

    /** "Service.method(ParameterTypes)" → who may call it. Anonymous callers may call nothing. */
    public static final Map<String, Set<Principal>> SERVICE_METHODS = Map.ofEntries(
            entry("AuditService.search(AuditFilter,int,int)", ADMIN),
            entry("AuditService.entityTypes()", ADMIN),
            entry("CohortService.listCohorts()", ADMIN),
            entry("CohortService.listCohorts(boolean)", ADMIN),
            entry("CohortService.get(long)", ADMIN),
            entry("CohortService.countCohorts()", ADMIN),
            entry("CohortService.myCohorts()", STAFF),
            entry("CohortService.create(String,int,CohortStatus,List)", ADMIN),
            entry("CohortService.create(CohortDraft)", ADMIN),
            entry("CohortService.update(long,long,CohortDraft)", ADMIN),
            entry("CohortService.setArchived(long,long,boolean)", ADMIN),
            entry("LearnerService.roster(LearnerFilter,Pageable)", STAFF),
            entry("LearnerService.countLearners()", ADMIN),
            entry("LearnerService.countsByCohort()", ADMIN),
            entry("LearnerService.get(long)", ADMIN),
            entry("LearnerService.update(long,long,LearnerEdit)", ADMIN),
            entry("LearnerService.changeStatus(long,long,StatusAction,String,Long)", ADMIN),
            entry("LearnerService.deferralTargets(int)", ADMIN),
            entry("LearnerService.addAll(Collection)", ADMIN),
            entry("LearnerService.recountStatuses()", ADMIN),
            entry("LearnerService.members(long)", ADMIN),
            entry("LearnerService.ref(long)", ADMIN),
            entry("LearnerImportService.preview(long,byte[])", ADMIN),
            entry("LearnerImportService.importLearners(long,byte[],ImportProgress)", ADMIN),
            entry("LearnerExportService.writeRoster(LearnerFilter,OutputStream)", ADMIN),
            entry("PrivacyService.exportLearner(long,OutputStream)", ADMIN),
            entry("PrivacyService.eraseLearner(long,String)", ADMIN),
            entry("PrivacyService.isErased(long)", ADMIN),
            entry("PrivacyService.status(long)", ADMIN),
            entry("PrivacyService.hold(long,String)", ADMIN),
            entry("PrivacyService.releaseHold(long)", ADMIN),
            entry("PrivacyService.retentionPeriod()", ADMIN),
            entry("PrivacyService.dueForErasure(int)", ADMIN),
            entry("PrivacyService.dueForErasure(int,int,int)", ADMIN),
            entry("PrivacyService.countDueForErasure(int,int)", ADMIN),
            entry("PrivacyService.exportStaff(long,OutputStream)", ADMIN),
            entry("PrivacyService.eraseStaff(long,String)", ADMIN),
            entry("OfferingService.setUpTerm(long,int)", ADMIN),
            entry("OfferingService.offerings(Long,Integer)", ADMIN),
            entry("OfferingService.myOfferings()", STAFF),
            entry("OfferingService.get(long)", STAFF),
            entry("OfferingService.roster(long,EnrollmentStatus,String,Pageable)", STAFF),
            entry("OfferingService.setLeads(long,long,Set)", ADMIN),
            entry("OfferingAccess.scope()", STAFF),
            entry("OfferingAccess.mayRead(long)", STAFF),
            entry("OfferingAccess.requireReadable(long)", STAFF),
            entry("OfferingAccess.cohortIdsInScope()", STAFF),
            entry("EnrollmentService.enrolCohortIntoTerm(long,int)", ADMIN),
            entry("EnrollmentService.enrolLearnerIntoTerm(long,int)", ADMIN),
            entry("EnrollmentService.completeTerm(long,int)", ADMIN),
            entry("EnrollmentService.changePlace(long,long,EnrollmentStatus,String)", ADMIN),
            entry("EnrollmentService.plan(long)", ADMIN),
            entry("ModuleService.listModules()", ADMIN),
            entry("ModuleService.myModules()", STAFF),
            entry("ModuleService.countModules()", ADMIN),
            entry("ModuleService.checkCatalogue()", ADMIN),
            entry("ModuleService.createCatalogue(Collection)", ADMIN),
            entry("ModuleService.assignFaculty(String,long)", ADMIN),
            entry("ModuleService.unassignFaculty(String,long)", ADMIN),
            entry("ModuleService.facultyIds(String)", ADMIN),
            entry("ModuleService.moduleCodesOf(long)", ADMIN),
            entry("ModuleService.setModulesOf(long,Set)", ADMIN),
            entry("StaffService.listStaff()", ADMIN),
            entry("StaffService.get(long)", ADMIN),
            entry("StaffService.countStaff()", ADMIN),
            // a learner's own page names the hosts of their sessions
            entry("StaffService.displayNames(Collection)", STAFF_AND_LEARNER_LINK),
            entry("StaffService.create(NewStaffUser)", ADMIN),
            entry("StaffService.invite(StaffDraft)", ADMIN),
            entry("StaffService.invite(StaffDraft,Set)", ADMIN),
            entry("StaffService.update(long,long,StaffDraft)", ADMIN),
            entry("StaffService.setEnabled(long,long,boolean)", ADMIN),
            entry("StaffService.resetPassword(long)", ADMIN),
            entry("StaffService.unlock(long)", ADMIN),
            entry("StaffService.endSessions(long)", ADMIN),
            entry("StaffService.activeSessions(long)", ADMIN),
            entry("StaffService.changeOwnPassword(String,String)", STAFF),
            entry("StaffService.passwordChangeRequired()", STAFF),
            entry("StaffService.darkMode()", STAFF),
            entry("StaffService.setDarkMode(boolean)", STAFF),
            entry("AssessmentService.deadlines(Long,Integer)", STAFF),
            entry("AssessmentService.get(long)", STAFF),
            entry("AssessmentService.countAssessments()", ADMIN),
            // calendar feeds read as the system actor "calendar-feed" (administrator role) after the token is checked
            entry("AssessmentService.feedDeadlines(Long,Long)", ADMIN),
            // the calendar page: faculty get only the deadlines of the offerings they lead
            entry("AssessmentService.calendar(Collection,Collection,Instant,Instant)", STAFF),
            entry("AssessmentService.create(AssessmentDraft,boolean)", ADMIN),
            entry("AssessmentService.update(long,long,AssessmentDraft,boolean)", ADMIN),
            entry("AssessmentService.delete(long,long)", ADMIN),
            entry("ExtensionService.grant(ExtensionDraft)", ADMIN),
            entry("ExtensionService.history(long)", STAFF),
            entry("ExtensionService.candidates(long)", ADMIN),
            entry("ExtensionService.learnerDeadlines(long)", ADMIN),
            entry("DeadlineLoadService.periods()", ADMIN),
            entry("DeadlineLoadService.heatMap(LocalDate,LocalDate)", ADMIN),
            entry("SessionSchedulingService.schedule(SessionDraft,String)", STAFF),
            entry("SessionSchedulingService.upcoming()", STAFF),
            entry("SessionSchedulingService.series(long)", STAFF),
            entry("SessionSchedulingService.countSessions()", ADMIN),
            entry("SessionSchedulingService.occurrence(long)", STAFF),
            entry("SessionRosterService.roster(long)", STAFF),
            // a personal link's holder books and cancels only their own learner's office hours
            entry("SessionRosterService.book(long,long)", STAFF_AND_LEARNER_LINK),
            entry("SessionRosterService.cancelBooking(long,long)", STAFF_AND_LEARNER_LINK),
            entry("SessionRosterService.learnerSessions(Instant)", LEARNER_LINK),
            entry("SessionRosterService.markAttendance(long,long,long,AttendanceMark,String)", STAFF),
            entry("SessionRosterService.recountAttendance()", ADMIN),
            entry("SessionSchedulingService.cancelOccurrence(long,long,String)", STAFF),
            entry("SessionSchedulingService.moveOccurrence(long,long,LocalDateTime,String,String)", STAFF),
            entry("SessionRosterService.writeRosterCsv(long,OutputStream)", STAFF),
            // faculty change the link only of the sessions they host (the method checks)
            entry("SessionSchedulingService.changeMeetingLink(long,long,String)", STAFF),
            entry("SessionPlannerService.plan(long,DayOfWeek,LocalTime,Duration)", STAFF),
            entry("SessionSchedulingService.feedOccurrences(Collection,Long,Long,Instant,Instant)", ADMIN),
            // the calendar page: faculty get only the sessions they host
            entry("SessionSchedulingService.calendar(Collection,Collection,Instant,Instant)", STAFF),
            entry("CalendarFeedService.link(FeedSubject,long)", ADMIN),
            entry("CalendarFeedService.issue(FeedSubject,long)", ADMIN),
            entry("CalendarFeedService.revoke(FeedSubject,long)", ADMIN),
            entry("CalendarFeedService.myLink()", STAFF),
            entry("CalendarFeedService.issueMine()", STAFF),
            entry("CalendarFeedService.revokeMine()", STAFF),
            // notices: faculty read the outbox of their own sessions and offerings; only administrators change anything
            entry("OutboxService.page(OutboxFilter,int,int,Map)", STAFF),
            entry("OutboxService.count(OutboxFilter)", STAFF),
            entry("OutboxService.get(long)", STAFF),
            entry("OutboxService.resend(long)", ADMIN),
            entry("OutboxService.paused()", STAFF),
            entry("OutboxService.sendingConfigured()", STAFF),
            entry("OutboxService.setPaused(boolean)", ADMIN),
            entry("OutboxService.countsByStatus()", ADMIN),
            entry("NoticeService.queuePersonalLink(long,String)", ADMIN),
            entry("NoticeService.remindersOn(long)", ADMIN),
            entry("NoticeService.setReminders(long,boolean)", ADMIN),
            entry("NoticeService.linkHolderRemindersOn()", LEARNER_LINK),
            entry("NoticeService.setLinkHolderReminders(boolean)", LEARNER_LINK),
            entry("CalendarFeedService.linkHolderFeed()", LEARNER_LINK),
            entry("CalendarFeedService.issueLinkHolderFeed()", LEARNER_LINK),
            entry("LearnerLinkService.state(long)", ADMIN),
            entry("LearnerLinkService.issue(long)", ADMIN),
            entry("LearnerLinkService.revoke(long)", ADMIN),
            entry("LearnerLinkService.send(long,String)", ADMIN),
            entry("LearnerLinkService.sendToCohort(long,String)", ADMIN),
            // presenting a token: anyone with a browser (the token is the credential)
            entry("LearnerPageService.open(String,String)", EVERYONE),
            entry("LearnerPageService.page()", LEARNER_LINK),
            entry("LearnerPageService.book(long)", LEARNER_LINK),
            entry("LearnerPageService.cancel(long)", LEARNER_LINK),
            entry("LearnerPageService.calendarFeed()", LEARNER_LINK),
            entry("LearnerPageService.setReminders(boolean)", LEARNER_LINK),
            entry("DashboardService.attendanceThreshold()", ADMIN),
            entry("DashboardService.needsAttention()", ADMIN),
            entry("DashboardService.attentionRows(AttentionKind,Long)", ADMIN),
            entry("DashboardService.charts(Long)", ADMIN),
            entry("DashboardService.refreshNeedsAttention()", ADMIN),
            entry("DashboardService.refreshCharts(Long)", ADMIN),
            entry("DashboardService.myWeek()", STAFF));

    private AuthorizationMatrix() {}

    /** Every class in com.cohortdesk carrying the annotation. */
    public static Set<Class<?>> classesAnnotatedWith(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("com.cohortdesk").stream()
                .map(b -> {
                    try {
                        return (Class<?>) Class.forName(b.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Class::getName))));
    }
}
