package com.cohortdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.learner.ImportProgress;
import com.cohortdesk.learner.ImportedLearners;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerImportService;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.NewLearner;
import com.cohortdesk.learner.StatusAction;
import com.cohortdesk.learner.csv.CsvFiles;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The changes other features write in bulk with JDBC (CSV import, cohort enrolment, place changes, term
 * completion, places released by a withdrawal or deferral) reach the audit trail through
 * {@link AuditWriter}: one entry per learner or place, with who, when, from where and why, in the
 * change's own transaction.
 */
@IntegrationTest
@WithUserDetails("admin")
class BulkChangeAuditIT {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T12:00:00Z");

    @Autowired
    LearnerImportService imports;

    @Autowired
    LearnerService learners;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    OfferingService offerings;

    @Autowired
    AuditWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        ImportedLearners.delete(jdbc);
    }

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    /** The trail's entries for these entities, oldest first. */
    private List<Map<String, Object>> entries(String entityType, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        var marks = String.join(",", ids.stream().map(id -> "?").toList());
        var args = new ArrayList<Object>();
        args.add(entityType);
        ids.forEach(id -> args.add(String.valueOf(id)));
        return jdbc.queryForList(
                "select occurred_at, actor, action, entity_type, entity_id, details, remote_address "
                        + "from audit_entry where entity_type = ? and entity_id in (" + marks + ") order by id",
                args.toArray());
    }

    private static OffsetDateTime at(Map<String, Object> entry) {
        var value = entry.get("OCCURRED_AT") != null ? entry.get("OCCURRED_AT") : entry.get("occurred_at");
        return value instanceof OffsetDateTime odt
                ? odt
                : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String field(Map<String, Object> entry, String name) {
        // H2 answers upper-case column names, PostgreSQL lower-case; Spring's map is case-insensitive.
        return String.valueOf(entry.get(name));
    }

    private long cohort2026() {
        return jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
    }

    /** A new cohort with {@code size} active learners (in the caller's transaction). */
    private long newCohortWithLearners(int intake, int size) {
        var cohort = cohorts.create(CohortDraft.proposal(intake));
        learners.addAll(IntStream.range(0, size)
                .mapToObj(i -> new NewLearner(
                        cohort.id(),
                        "Audited Learner " + i,
                        "audited." + intake + "." + i + CsvFiles.TEST_DOMAIN,
                        "KE",
                        ZoneId.of("Africa/Nairobi"),
                        LearnerStatus.ACTIVE))
                .toList());
        return cohort.id();
    }

    private List<Long> placesOf(long cohortId) {
        return jdbc.queryForList(
                "select e.id from enrollment e join learner l on l.id = e.learner_id where l.cohort_id = ? "
                        + "order by e.id",
                Long.class,
                cohortId);
    }

    @Test
    void aCsvImportRecordsOneEntryPerLearnerWithWhoWhenWhereAndWhy() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        long cohortId = cohort2026();
        var file = CsvFiles.generated(1_200).getBytes(StandardCharsets.UTF_8);

        imports.importLearners(cohortId, file, ImportProgress.NONE);

        var ids = jdbc.queryForList(
                "select id from learner where email like ? order by id", Long.class, "%" + CsvFiles.TEST_DOMAIN);
        assertThat(ids).hasSize(1_200);
        var entries = entries("Learner", ids);
        assertThat(entries).hasSize(1_200).allSatisfy(e -> {
            assertThat(field(e, "actor")).isEqualTo("admin");
            assertThat(field(e, "action")).isEqualTo("CREATE");
            assertThat(field(e, "remote_address")).isEqualTo("203.0.113.7");
            assertThat(at(e)).isEqualTo(NOW);
            assertThat(field(e, "details"))
                    .startsWith("cohort = Cohort#" + cohortId + "; fullName = 'Learner ")
                    .endsWith("; status = ACTIVE; reason: imported from a CSV file into Fall 2026");
        });
        assertThat(entries)
                .extracting(e -> field(e, "entity_id"))
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().map(String::valueOf).toList());
        var last = jdbc.queryForObject(
                "select id from learner where email = ?", Long.class, "learner.1199" + CsvFiles.TEST_DOMAIN);
        assertThat(entries("Learner", List.of(last)))
                .singleElement()
                .satisfies(
                        e -> assertThat(field(e, "details"))
                                .isEqualTo(
                                        "cohort = Cohort#" + cohortId
                                                + "; fullName = 'Learner 1199'; email = 'learner.1199@import-test.example'; "
                                                + "country = 'JP'; timeZone = 'Asia/Tokyo'; status = ACTIVE; reason: imported from a CSV file into Fall 2026"));
        // the imported learners are found by the roster search (the search words now come from the returned keys)
        assertThat(learners.roster(
                        new LearnerFilter("learner.1199", cohortId, null, null, null), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(last));
    }

    @Test
    void aFailedImportLeavesNeitherLearnersNorEntries() {
        long before = auditRows();
        long learnersBefore = learners.countLearners();
        var file = CsvFiles.generated(1_200).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.importLearners(cohort2026(), file, (done, total) -> {
                    if (done == total) {
                        assertThat(auditRows())
                                .as("the entries are written in the import's transaction")
                                .isEqualTo(before + 1_200);
                        throw new IllegalStateException("the connection dropped");
                    }
                }))
                .hasMessage("the connection dropped");

        assertThat(learners.countLearners()).isEqualTo(learnersBefore);
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void enrollingACohortRecordsOneEntryPerPlaceAndRollsBackWithIt() {
        long before = auditRows();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long cohortId = newCohortWithLearners(2031, 4);
            var report = enrollments.enrolCohortIntoTerm(cohortId, 1);
            assertThat(report.places()).isEqualTo(12);
            var places = placesOf(cohortId);
            var entries = entries("Enrollment", places);
            assertThat(entries).hasSize(12).allSatisfy(e -> {
                assertThat(field(e, "actor")).isEqualTo("admin");
                assertThat(field(e, "action")).isEqualTo("CREATE");
                assertThat(at(e)).isEqualTo(NOW);
                assertThat(field(e, "details"))
                        .matches("learner = Learner#\\d+; offering = Offering#\\d+; status = ENROLLED; "
                                + "reason: Enrolled with the cohort into term 1");
            });
            var first =
                    jdbc.queryForMap("select learner_id, offering_id from enrollment where id = ?", places.getFirst());
            assertThat(field(entries.getFirst(), "details"))
                    .startsWith("learner = Learner#" + first.get("learner_id") + "; offering = Offering#"
                            + first.get("offering_id") + ";");
            status.setRollbackOnly();
        });
        assertThat(auditRows()).as("a rolled-back enrolment leaves no entry").isEqualTo(before);
    }

    @Test
    void completingATermRecordsEveryPlaceThatChanged() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long cohortId = newCohortWithLearners(2032, 3);
            enrollments.enrolCohortIntoTerm(cohortId, 1);
            var places = placesOf(cohortId);

            assertThat(enrollments.completeTerm(cohortId, 1)).isEqualTo(9);

            assertThat(entries("Enrollment", places))
                    .filteredOn(e -> field(e, "action").equals("UPDATE"))
                    .hasSize(9)
                    .allSatisfy(e -> {
                        assertThat(field(e, "actor")).isEqualTo("admin");
                        assertThat(field(e, "details"))
                                .isEqualTo("status: ENROLLED → COMPLETED; reason: Term 1 results recorded");
                    })
                    .extracting(e -> field(e, "entity_id"))
                    .containsExactlyInAnyOrderElementsOf(
                            places.stream().map(String::valueOf).toList());
            status.setRollbackOnly();
        });
    }

    @Test
    void changingOnePlaceRecordsItWithTheReason() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long cohortId = newCohortWithLearners(2033, 1);
            enrollments.enrolCohortIntoTerm(cohortId, 1);
            var offering = offerings.offerings(cohortId, 1).getFirst();
            var row = offerings
                    .roster(offering.id(), EnrollmentStatus.ENROLLED, null, PageRequest.of(0, 1))
                    .getFirst();

            enrollments.changePlace(
                    row.enrollmentId(), row.version(), EnrollmentStatus.WITHDRAWN, "Timetable clash with work");

            assertThat(entries("Enrollment", List.of(row.enrollmentId())))
                    .extracting(e -> field(e, "action") + " " + field(e, "details"))
                    .containsExactly(
                            "CREATE learner = Learner#"
                                    + jdbc.queryForObject(
                                            "select learner_id from enrollment where id = ?",
                                            Long.class,
                                            row.enrollmentId())
                                    + "; offering = Offering#" + offering.id()
                                    + "; status = ENROLLED; reason: Enrolled with the cohort into term 1",
                            "UPDATE status: ENROLLED → WITHDRAWN; reason: Timetable clash with work");
            status.setRollbackOnly();
        });
    }

    @Test
    void placesReleasedByAWithdrawalOrADeferralAreRecorded() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long cohortId = newCohortWithLearners(2034, 2);
            long later = cohorts.create(CohortDraft.proposal(2035)).id();
            enrollments.enrolCohortIntoTerm(cohortId, 1);
            var ids = jdbc.queryForList("select id from learner where cohort_id = ? order by id", Long.class, cohortId);
            long leaving = ids.get(0);
            long deferring = ids.get(1);

            learners.changeStatus(
                    leaving, learners.get(leaving).version(), StatusAction.WITHDRAW, "Moved abroad", null);
            learners.changeStatus(
                    deferring, learners.get(deferring).version(), StatusAction.INTERRUPT, "Parental leave", later);

            var leavingPlaces =
                    jdbc.queryForList("select id from enrollment where learner_id = ?", Long.class, leaving);
            var deferringPlaces =
                    jdbc.queryForList("select id from enrollment where learner_id = ?", Long.class, deferring);
            assertThat(entries("Enrollment", leavingPlaces))
                    .filteredOn(e -> field(e, "action").equals("UPDATE"))
                    .hasSize(3)
                    .allSatisfy(e -> assertThat(field(e, "details"))
                            .isEqualTo(
                                    "status: ENROLLED → WITHDRAWN; reason: Withdrew from the programme: Moved abroad"));
            assertThat(entries("Enrollment", deferringPlaces))
                    .filteredOn(e -> field(e, "action").equals("UPDATE"))
                    .hasSize(3)
                    .allSatisfy(e -> assertThat(field(e, "details"))
                            .startsWith("status: ENROLLED → WITHDRAWN; reason: Deferred to ")
                            .endsWith(": Parental leave"));
            status.setRollbackOnly();
        });
    }

    @Test
    void aFailureAfterTheBulkWritesTakesTheirEntriesWithIt() {
        long before = auditRows();
        long placesBefore = jdbc.queryForObject("select count(*) from enrollment", Long.class);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    long cohortId = newCohortWithLearners(2036, 2);
                    enrollments.enrolCohortIntoTerm(cohortId, 1);
                    enrollments.completeTerm(cohortId, 1);
                    assertThat(auditRows()).isGreaterThan(before + 12);
                    throw new IllegalStateException("the server went away");
                }))
                .hasMessage("the server went away");
        assertThat(auditRows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from enrollment", Long.class))
                .isEqualTo(placesBefore);
    }

    @Test
    void theWriterOnlyWritesInsideTheCallersTransaction() {
        long before = auditRows();
        assertThatThrownBy(
                        () -> writer.record(List.of(AuditChange.updated("Enrollment", 1, "status", "A", "B")), "why"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(auditRows()).isEqualTo(before);
    }
}
