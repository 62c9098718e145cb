package com.cohortdesk.crash;

import com.cohortdesk.Application;
import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.learner.ImportFiles;
import com.cohortdesk.learner.LearnerImportService;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.NewLearner;
import com.cohortdesk.programme.ModuleDefinition;
import com.cohortdesk.programme.ModuleService;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app in its own JVM for {@link CrashRecoveryIT}: boots the whole application (the arguments carry the
 * profile and the database) and, signed in as its administrator, calls the real services. It prints what
 * the database holds of the crash cohort, then (mode {@code crash}) starts a 10,000-row import and a bulk
 * enrolment of 1,000 learners, prints a line when each transaction has written its rows but not committed,
 * and waits there for the parent to kill it; mode {@code check} only prints and exits.
 */
public final class CrashChild {

    static final String ADMIN = "crash-admin";
    static final String DOMAIN = "@crash-import.example";
    static final int ENROLLED_COHORT = 2040;

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        var mode = args[0];
        int pauseAfterBatch = Integer.parseInt(args[1]);
        var springArgs = Arrays.copyOfRange(args, 2, args.length);
        var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(springArgs);
        signInAsAdministrator(context);
        var jdbc = context.getBean(JdbcTemplate.class);
        var cohortId = cohort(context, jdbc);
        System.out.println("CHECK " + state(jdbc, cohortId));
        if (mode.equals("check")) {
            System.exit(SpringApplication.exit(context));
        }
        var importer = new Thread(
                () -> {
                    signInAsAdministrator(context);
                    var file = ImportFiles.csv(10_000, DOMAIN).getBytes(StandardCharsets.UTF_8);
                    context.getBean(LearnerImportService.class).importLearners(cohortId, file, (done, total) -> {
                        if (done == pauseAfterBatch * 500) underway("IMPORT-UNDERWAY " + done);
                    });
                    System.out.println("IMPORT-COMMITTED");
                },
                "crash-import");
        var enroller = new Thread(
                () -> {
                    signInAsAdministrator(context);
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                            .executeWithoutResult(status -> {
                                var report =
                                        context.getBean(EnrollmentService.class).enrolCohortIntoTerm(cohortId, 1);
                                underway("ENROL-UNDERWAY " + report.places());
                            });
                    System.out.println("ENROL-COMMITTED");
                },
                "crash-enrol");
        importer.start();
        enroller.start();
        importer.join();
        enroller.join();
    }

    /** Says that the transaction has written its rows, then holds it open until the parent kills this JVM. */
    private static void underway(String line) {
        System.out.println(line);
        System.out.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the transaction was open", e);
        }
    }

    /** The cohort to enrol (made with 1,000 active learners on the first start, committed). */
    private static long cohort(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
        var existing = jdbc.queryForList("select id from cohort where intake_year = ?", Long.class, ENROLLED_COHORT);
        if (!existing.isEmpty()) return existing.getFirst();
        var modules = context.getBean(ModuleService.class);
        if (modules.countModules() == 0) modules.createCatalogue(demoCatalogue());
        var cohort = context.getBean(CohortService.class).create(CohortDraft.proposal(ENROLLED_COHORT));
        context.getBean(LearnerService.class)
                .addAll(IntStream.range(0, 1_000)
                        .mapToObj(i -> new NewLearner(
                                cohort.id(),
                                "Crash Learner " + i,
                                "crash." + i + "@crash-cohort.example",
                                "GB",
                                ZoneId.of("Europe/London"),
                                LearnerStatus.ACTIVE))
                        .toList());
        return cohort.id();
    }

    /** The demo data's module catalogue (package-private in the app: the prod profile has no demo data). */
    @SuppressWarnings("unchecked")
    private static List<ModuleDefinition> demoCatalogue() {
        try {
            var modules = Class.forName("com.cohortdesk.demo.DemoCatalogue").getDeclaredMethod("modules");
            modules.setAccessible(true);
            return (List<ModuleDefinition>) modules.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database holds of the crash runs: key=value pairs, each 0 after an aborted run. */
    static String state(JdbcTemplate jdbc, long cohortId) {
        return "importedLearners="
                + jdbc.queryForObject("select count(*) from learner where email like ?", Long.class, "%" + DOMAIN)
                + " importedSearchWords="
                + jdbc.queryForObject(
                        "select count(*) from learner_search_word where word like ?", Long.class, "%" + DOMAIN)
                + " places="
                + jdbc.queryForObject(
                        "select count(*) from enrollment e join learner l on l.id = e.learner_id "
                                + "where l.cohort_id = ?",
                        Long.class,
                        cohortId)
                + " placeHistory=" + jdbc.queryForObject("select count(*) from enrollment_status_change", Long.class)
                + " offerings="
                + jdbc.queryForObject("select count(*) from offering where cohort_id = ?", Long.class, cohortId)
                + " auditOfAbortedWork="
                + jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type in "
                                + "('Enrollment', 'Offering') or details like ?",
                        Long.class,
                        "%" + DOMAIN + "%");
    }

    private static void signInAsAdministrator(ConfigurableApplicationContext context) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(ADMIN);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }
}
