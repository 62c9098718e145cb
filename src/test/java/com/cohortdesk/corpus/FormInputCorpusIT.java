package com.cohortdesk.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.assessment.AssessmentDraft;
import com.cohortdesk.assessment.AssessmentService;
import com.cohortdesk.assessment.AssessmentType;
import com.cohortdesk.assessment.ExtensionDraft;
import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.cohort.CohortStatus;
import com.cohortdesk.cohort.TermCalendar;
import com.cohortdesk.cohort.TermDates;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffDraft;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.session.SessionDraft;
import com.cohortdesk.session.SessionSchedulingService;
import com.cohortdesk.session.SessionType;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.ui.ErrorHandling;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The form-input corpus: malformed input of every form, sent straight to the services as the forms would send
 * it. Each must be refused with a {@link RuleViolation} whose message says what to fix (so the page shows that
 * message, never "Something went wrong"), and nothing may be written: every table keeps its row count and the
 * edited records keep their version. No test transaction: the services commit or roll back on their own.
 */
@IntegrationTest
class FormInputCorpusIT {

    private static final String LONG = "A".repeat(10_000);
    private static final List<String> TABLES = List.of(
            "cohort",
            "cohort_term",
            "learner",
            "learner_status_change",
            "learner_search_word",
            "staff_user",
            "staff_user_role",
            "offering",
            "enrollment",
            "enrollment_status_change",
            "live_session",
            "session_occurrence",
            "session_booking",
            "session_attendance",
            "assessment",
            "assessment_extension",
            "audit_entry");

    @Autowired
    CohortService cohorts;

    @Autowired
    LearnerService learners;

    @Autowired
    StaffService staff;

    @Autowired
    SessionSchedulingService sessions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExtensionService extensions;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    /** What a case needs from the demo data. */
    record Fixture(
            long learnerId,
            long learnerVersion,
            long offeringId,
            long assessmentId,
            LocalDateTime assessmentDue,
            long enrolledLearnerId,
            long enrollmentId,
            long enrollmentVersion,
            long adaId,
            long occurrenceId,
            long occurrenceVersion,
            long laterCohortId) {}

    record Case(String name, Consumer<Fixture> call, String expectedMessage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        var cases = new ArrayList<Case>();
        // Cohorts
        var terms = TermCalendar.propose(2031);
        var swapped = new ArrayList<>(terms);
        swapped.set(0, new TermDates(1, terms.get(1).startsOn(), terms.get(1).endsOn()));
        swapped.set(1, new TermDates(2, terms.get(0).startsOn(), terms.get(0).endsOn()));
        cases.add(new Case(
                "cohort terms out of order",
                f -> new Corpus(f).cohorts().create(new CohortDraft("Fall 2031", 2031, CohortStatus.PLANNED, swapped)),
                "terms must not overlap"));
        var backwards = new ArrayList<>(terms);
        backwards.set(2, new TermDates(3, terms.get(2).endsOn(), terms.get(2).startsOn()));
        cases.add(new Case(
                "cohort term ending before it starts",
                f -> new Corpus(f)
                        .cohorts()
                        .create(new CohortDraft("Fall 2031", 2031, CohortStatus.PLANNED, backwards)),
                "Term 3"));
        cases.add(new Case(
                "cohort name of 10,000 characters",
                f -> new Corpus(f).cohorts().create(new CohortDraft(LONG, 2031, CohortStatus.PLANNED, terms)),
                "too long"));
        cases.add(new Case(
                "cohort name with BEL",
                f -> new Corpus(f)
                        .cohorts()
                        .create(new CohortDraft("Fall\u0007 2031", 2031, CohortStatus.PLANNED, terms)),
                "control character (BEL, U+0007)"));
        cases.add(new Case(
                "cohort name with a line break",
                f -> new Corpus(f).cohorts().create(new CohortDraft("Fall\n2031", 2031, CohortStatus.PLANNED, terms)),
                "line break"));
        cases.add(new Case(
                "cohort intake year 1900",
                f -> new Corpus(f)
                        .cohorts()
                        .create(new CohortDraft("Old", 1900, CohortStatus.PLANNED, TermCalendar.propose(1900))),
                "intake year must be between"));
        // Learners
        cases.add(new Case(
                "learner name of 10,000 characters",
                f -> new Corpus(f).editLearner(LONG, "ok@learners.example.org", "GB", "Europe/London"),
                "too long"));
        cases.add(new Case(
                "learner name with an ANSI escape",
                f -> new Corpus(f)
                        .editLearner("\u001B[31mAna\u001B[0m", "ok@learners.example.org", "GB", "Europe/London"),
                "control character (ESC, U+001B)"));
        cases.add(new Case(
                "learner name with a paragraph separator",
                f -> new Corpus(f).editLearner("Ana\u2029Silva", "ok@learners.example.org", "GB", "Europe/London"),
                "line break"));
        cases.add(new Case(
                "learner email with two @",
                f -> new Corpus(f).editLearner("Ana Silva", "ana@@learners.example.org", "GB", "Europe/London"),
                "not a valid email address"));
        cases.add(new Case(
                "learner time zone abbreviation EST",
                f -> new Corpus(f).editLearner("Ana Silva", "ok@learners.example.org", "US", "EST"),
                "America/New_York"));
        cases.add(new Case(
                "learner unknown country",
                f -> new Corpus(f).editLearner("Ana Silva", "ok@learners.example.org", "XX", "Europe/London"),
                "not a known country"));
        cases.add(new Case(
                "learner status change without a reason",
                f -> new Corpus(f)
                        .learners()
                        .changeStatus(f.learnerId(), f.learnerVersion(), StatusAction.WITHDRAW, "  ", null),
                "Give a reason"));
        cases.add(new Case(
                "learner status change reason with C1 control",
                f -> new Corpus(f)
                        .learners()
                        .changeStatus(f.learnerId(), f.learnerVersion(), StatusAction.WITHDRAW, "Left\u009B2J", null),
                "control character (U+009B)"));
        cases.add(new Case(
                "withdrawal that moves the learner to another cohort",
                f -> new Corpus(f)
                        .learners()
                        .changeStatus(
                                f.learnerId(), f.learnerVersion(), StatusAction.WITHDRAW, "Moving", f.laterCohortId()),
                "Only an interruption"));
        // Live sessions
        cases.add(new Case(
                "meeting link javascript:",
                f -> new Corpus(f).schedule("Office hour", "javascript:alert(1)", 10),
                "https://"));
        cases.add(new Case(
                "meeting link http:",
                f -> new Corpus(f).schedule("Office hour", "http://meet.example.org/room", 10),
                "https://"));
        cases.add(new Case(
                "meeting link with user info",
                f -> new Corpus(f).schedule("Office hour", "https://evil.example@meet.example.org/room", 10),
                "https://"));
        cases.add(new Case(
                "negative capacity",
                f -> new Corpus(f).schedule("Office hour", "https://meet.example.org/room", -5),
                "capacity must be at least 1"));
        cases.add(new Case(
                "session title with a line break",
                f -> new Corpus(f).schedule("Office\nhour", "https://meet.example.org/room", 10),
                "line break"));
        cases.add(new Case(
                "session title of 10,000 characters",
                f -> new Corpus(f).schedule(LONG, "https://meet.example.org/room", 10),
                "at most 200 characters"));
        cases.add(new Case(
                "cancellation reason with a line break",
                f -> new Corpus(f).sessions().cancelOccurrence(f.occurrenceId(), f.occurrenceVersion(), "Ill\nsorry"),
                "line break"));
        // Assessments and extensions
        cases.add(new Case(
                "weight over 100 %",
                f -> new Corpus(f).assess("Essay", "150", "2026-12-01T09:00", "2026-12-10T12:00"),
                "between 0 and 100 %"));
        cases.add(new Case(
                "negative weight",
                f -> new Corpus(f).assess("Essay", "-10", "2026-12-01T09:00", "2026-12-10T12:00"),
                "between 0 and 100 %"));
        cases.add(new Case(
                "deadline before release",
                f -> new Corpus(f).assess("Essay", "10", "2026-12-10T12:00", "2026-12-01T09:00"),
                "The release must be before the deadline."));
        cases.add(new Case(
                "assessment title with an escape",
                f -> new Corpus(f).assess("Essay\u001B]0;x\u0007", "10", "2026-12-01T09:00", "2026-12-10T12:00"),
                "control character"));
        cases.add(new Case(
                "assessment title of 10,000 characters",
                f -> new Corpus(f).assess(LONG, "10", "2026-12-01T09:00", "2026-12-10T12:00"),
                "longer than 200 characters"));
        cases.add(new Case(
                "extension before the deadline",
                f -> new Corpus(f)
                        .extensions()
                        .grant(new ExtensionDraft(
                                f.assessmentId(),
                                Set.of(f.enrolledLearnerId()),
                                "Europe/London",
                                f.assessmentDue().minusDays(2),
                                null,
                                "Illness")),
                "must move the deadline later"));
        cases.add(new Case(
                "extension reason with BEL",
                f -> new Corpus(f)
                        .extensions()
                        .grant(new ExtensionDraft(
                                f.assessmentId(),
                                Set.of(f.enrolledLearnerId()),
                                "Europe/London",
                                f.assessmentDue().plusDays(7),
                                null,
                                "Ill\u0007ness")),
                "control character (BEL, U+0007)"));
        // Enrolments and staff
        cases.add(new Case(
                "place change reason with an escape",
                f -> new Corpus(f)
                        .enrollments()
                        .changePlace(f.enrollmentId(), f.enrollmentVersion(), EnrollmentStatus.WITHDRAWN, "\u001B[2J"),
                "control character (ESC, U+001B)"));
        cases.add(new Case(
                "staff name with a line break",
                f -> new Corpus(f)
                        .staff()
                        .invite(new StaffDraft("gita", "Gita\nRao", "gita@cohortdesk.example", Set.of(Role.FACULTY))),
                "line break"));
        cases.add(new Case(
                "staff email with a tab inside",
                f -> new Corpus(f)
                        .staff()
                        .invite(new StaffDraft("gita", "Gita Rao", "gita\t@cohortdesk.example", Set.of(Role.FACULTY))),
                "Give a valid email address."));
        cases.add(new Case(
                "staff username with SQL",
                f -> new Corpus(f)
                        .staff()
                        .invite(new StaffDraft(
                                "x'); drop table learner;--",
                                "Gita Rao",
                                "gita@cohortdesk.example",
                                Set.of(Role.FACULTY))),
                "The username needs"));
        cases.add(new Case(
                "staff name of 10,000 characters",
                f -> new Corpus(f)
                        .staff()
                        .invite(new StaffDraft("gita", LONG, "gita@cohortdesk.example", Set.of(Role.FACULTY))),
                "at most 120 characters"));
        return cases.stream();
    }

    /** The services, for the cases (a static factory cannot see the autowired fields). */
    private static FormInputCorpusIT current;

    private record Corpus(Fixture f) {
        CohortService cohorts() {
            return current.cohorts;
        }

        LearnerService learners() {
            return current.learners;
        }

        StaffService staff() {
            return current.staff;
        }

        SessionSchedulingService sessions() {
            return current.sessions;
        }

        ExtensionService extensions() {
            return current.extensions;
        }

        EnrollmentService enrollments() {
            return current.enrollments;
        }

        void editLearner(String name, String email, String country, String zone) {
            current.learners.update(f.learnerId(), f.learnerVersion(), new LearnerEdit(name, email, country, zone));
        }

        void schedule(String title, String link, Integer capacity) {
            current.sessions.schedule(
                    new SessionDraft(
                            SessionType.OFFICE_HOUR,
                            title,
                            f.offeringId(),
                            f.adaId(),
                            LocalDateTime.of(2026, 12, 3, 7, 15),
                            ZoneId.of("Europe/London"),
                            Duration.ofMinutes(45),
                            null,
                            link,
                            capacity),
                    null);
        }

        void assess(String title, String weight, String release, String due) {
            current.assessments.create(
                    new AssessmentDraft(
                            f.offeringId(),
                            AssessmentType.COURSEWORK,
                            title,
                            new BigDecimal(weight),
                            "Europe/London",
                            LocalDateTime.parse(release),
                            LocalDateTime.parse(due),
                            null),
                    true);
        }
    }

    private Fixture fixture;

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @BeforeEach
    void setUp() {
        current = this;
        signIn("admin");
        var learner = jdbc.queryForMap("select l.id, l.version from learner l join cohort c on c.id = l.cohort_id "
                + "where c.intake_year = 2026 and l.status = 'ACTIVE' order by l.id fetch first 1 rows only");
        long offering = jdbc.queryForObject(
                "select o.id from offering o join cohort c on c.id = o.cohort_id join programme_module m "
                        + "on m.id = o.module_id where c.intake_year = 2026 and o.term_no = 1 and m.code = 'MLDS101'",
                Long.class);
        long assessment = jdbc.queryForObject(
                "select id from assessment where offering_id = ? order by id fetch first 1 rows only",
                Long.class,
                offering);
        var dueAt = jdbc.queryForObject("select due_at from assessment where id = ?", OffsetDateTime.class, assessment);
        var place = jdbc.queryForMap(
                "select id, version, learner_id from enrollment where offering_id = ? and status = 'ENROLLED' "
                        + "order by id fetch first 1 rows only",
                offering);
        var occurrence = jdbc.queryForMap("select id, version from session_occurrence where status = 'SCHEDULED' "
                + "order by starts_at desc fetch first 1 rows only");
        long ada = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
        long later = jdbc.queryForObject("select id from cohort where intake_year = 2025", Long.class);
        var due = dueAt.atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDateTime();
        fixture = new Fixture(
                num(learner, "ID"),
                num(learner, "VERSION"),
                offering,
                assessment,
                due,
                num(place, "LEARNER_ID"),
                num(place, "ID"),
                num(place, "VERSION"),
                ada,
                num(occurrence, "ID"),
                num(occurrence, "VERSION"),
                later);
    }

    private static long num(Map<String, Object> row, String column) {
        var value = row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow()
                .getValue();
        return ((Number) value).longValue();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        current = null;
    }

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : TABLES) counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        counts.put(
                "learner version",
                jdbc.queryForObject("select version from learner where id = ?", Long.class, fixture.learnerId()));
        counts.put(
                "place version",
                jdbc.queryForObject("select version from enrollment where id = ?", Long.class, fixture.enrollmentId()));
        return counts;
    }

    @Test
    void theCorpusHasAtLeastTwentyCases() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void malformedInputIsRefusedWithAClearMessageAndNothingIsWritten(Case input) {
        var before = counts();
        var thrown = catchThrowable(() -> input.call().accept(fixture));
        assertThat(thrown).as("refused as a rule violation, not a fault").isInstanceOf(RuleViolation.class);
        var shown =
                thrown.getMessage().length() > 300 ? thrown.getMessage().substring(0, 300) + "…" : thrown.getMessage();
        System.out.println("Form-input corpus: " + input + " -> " + shown);
        assertThat(thrown.getMessage()).contains(input.expectedMessage()).hasSizeLessThan(1_000);
        assertThat(ErrorHandling.messageFor(thrown)).as("what the page shows").isEqualTo(thrown.getMessage());
        assertThat(counts()).as("nothing written").isEqualTo(before);
    }

    /** Emoji and right-to-left names are text: accepted and stored exactly as typed. */
    @Test
    void emojiAndRightToLeftNamesAreStoredIntact() {
        var original = learners.get(fixture.learnerId());
        var name =
                "\u0645\u062D\u0645\u062F \u0627\u0644\u0641\u0627\u0631\u0633\u064A \uD83C\uDF93 \u05E9\u05E8\u05D4";
        try {
            var saved = learners.update(
                    original.id(),
                    original.version(),
                    new LearnerEdit(name, original.email(), original.country(), original.timeZone()));
            assertThat(saved.fullName()).isEqualTo(name);
            assertThat(jdbc.queryForObject("select full_name from learner where id = ?", String.class, original.id()))
                    .isEqualTo(name);
        } finally {
            var now = learners.get(fixture.learnerId());
            learners.update(
                    now.id(),
                    now.version(),
                    new LearnerEdit(original.fullName(), original.email(), original.country(), original.timeZone()));
        }
    }
}
