package com.cohortdesk.demo;

import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.learner.LearnerRef;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.NewLearner;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.programme.ModuleService;
import com.cohortdesk.security.NewStaffUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a deterministic demo programme (dev profile only): the twelve modules,
 * an administrator and six faculty, four cohorts (intakes 2023 to 2026) with 150 learners each, their
 * offerings and enrolments term by term up to today, withdrawals, deferrals and graduations.
 * Prints the demo sign-ins at every start.
 */
@Component
@Profile("dev")
@org.springframework.core.annotation.Order(0)
class DemoDataSeeder implements ApplicationRunner {

    static final long SEED = 20260925L;
    static final int LEARNERS_PER_COHORT = 150;
    static final int FIRST_INTAKE = 2023;
    static final int LAST_INTAKE = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final StaffService staff;
    private final ModuleService modules;
    private final CohortService cohorts;
    private final LearnerService learners;
    private final EnrollmentService enrollments;
    private final Clock clock;

    DemoDataSeeder(
            StaffService staff,
            ModuleService modules,
            CohortService cohorts,
            LearnerService learners,
            EnrollmentService enrollments,
            Clock clock) {
        this.enrollments = enrollments;
        this.staff = staff;
        this.modules = modules;
        this.cohorts = cohorts;
        this.learners = learners;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAdministrator.run(() -> {
            if (staff.countStaff() == 0 && cohorts.countCohorts() == 0) {
                long started = System.nanoTime();
                seed();
                log.info("Demo data created in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        });
        printSignIns();
    }

    private void seed() {
        var staffIds = new HashMap<String, Long>();
        for (var account : DemoStaff.accounts()) {
            var created = staff.create(new NewStaffUser(
                    account.username(),
                    account.displayName(),
                    account.username() + "@cohortdesk.example",
                    account.password(),
                    account.roles()));
            staffIds.put(account.username(), created.id());
        }
        modules.createCatalogue(DemoCatalogue.modules());
        for (var account : DemoStaff.accounts()) {
            account.modules().forEach(code -> modules.assignFaculty(code, staffIds.get(account.username())));
        }
        var random = new Random(SEED);
        var faker = new Faker(Locale.UK, random);
        var today = LocalDate.now(clock);
        int emailNumber = 0;
        var created = new ArrayList<CohortSummary>();
        for (int intake = FIRST_INTAKE; intake <= LAST_INTAKE; intake++) {
            var terms = TermCalendar.propose(intake);
            var cohort = cohorts.create("Fall " + intake, intake, TermCalendar.statusOn(terms, today), terms);
            created.add(cohort);
            var batch = new ArrayList<NewLearner>();
            for (int i = 0; i < LEARNERS_PER_COHORT; i++) {
                var place = DemoPlaces.PLACES.get(random.nextInt(DemoPlaces.PLACES.size()));
                var first = faker.name().firstName();
                var last = faker.name().lastName();
                var email = ascii(first) + "." + ascii(last) + "." + (++emailNumber) + "@learners.example.org";
                batch.add(new NewLearner(
                        cohort.id(),
                        first + " " + last,
                        email,
                        place.country(),
                        ZoneId.of(place.zone()),
                        LearnerStatus.ACTIVE));
            }
            learners.addAll(batch);
        }
        for (int i = 0; i < created.size(); i++) {
            runTerms(created.get(i), i + 1 < created.size() ? created.get(i + 1) : null, today, random);
        }
    }

    /**
     * Plays a cohort's terms up to today: enrol the cohort into each started term, let a few learners
     * withdraw (and, in the term running now, defer to the next cohort), record the results of ended
     * terms, and graduate those who finished.
     */
    private void runTerms(CohortSummary cohort, @Nullable CohortSummary next, LocalDate today, Random random) {
        for (var term : cohort.terms()) {
            if (term.startsOn().isAfter(today)) break;
            enrollments.enrolCohortIntoTerm(cohort.id(), term.term());
            boolean running = !term.endsOn().isBefore(today);
            for (var member : learners.members(cohort.id())) {
                if (member.status() != LearnerStatus.ACTIVE) continue;
                int roll = random.nextInt(1000);
                if (roll < 15) {
                    change(
                            member,
                            StatusAction.WITHDRAW,
                            WITHDRAW_REASONS.get(random.nextInt(WITHDRAW_REASONS.size())),
                            null);
                } else if (running && next != null && roll < 45) {
                    change(
                            member,
                            StatusAction.INTERRUPT,
                            INTERRUPT_REASONS.get(random.nextInt(INTERRUPT_REASONS.size())),
                            next.id());
                }
            }
            if (!running) enrollments.completeTerm(cohort.id(), term.term());
        }
        if (cohort.terms().getLast().endsOn().isBefore(today)) {
            for (var member : learners.members(cohort.id())) {
                if (member.status() == LearnerStatus.ACTIVE)
                    change(member, StatusAction.GRADUATE, "Completed the programme", null);
            }
        }
    }

    private void change(LearnerRef member, StatusAction action, String reason, @Nullable Long targetCohort) {
        learners.changeStatus(member.id(), learners.get(member.id()).version(), action, reason, targetCohort);
    }

    private static final List<String> WITHDRAW_REASONS =
            List.of("Work commitments", "Health reasons", "Financial circumstances", "Changed career plans");
    private static final List<String> INTERRUPT_REASONS =
            List.of("Parental leave", "Medical leave", "Caring responsibilities", "Temporary work abroad");

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }

    private void printSignIns() {
        var lines = new StringBuilder("\n\n  Cohort Desk demo sign-ins (dev profile only):\n");
        for (var account : DemoStaff.accounts()) {
            lines.append(String.format(
                    "    %-8s / %-22s %s (%s)%n",
                    account.username(),
                    account.password(),
                    account.displayName(),
                    account.roles().contains(Role.ADMIN) ? "administrator" : "faculty"));
        }
        log.info(lines.toString());
    }
}
