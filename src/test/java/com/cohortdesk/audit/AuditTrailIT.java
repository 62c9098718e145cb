package com.cohortdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.cohort.CohortDraft;
import com.cohortdesk.cohort.CohortService;
import com.cohortdesk.learner.LearnerEdit;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learner.StatusAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on the demo data: entity changes in the change's transaction, refused calls, filters and paging. */
@IntegrationTest
@WithUserDetails("admin")
class AuditTrailIT {

    @Autowired
    AuditService audit;

    @Autowired
    CohortService cohorts;

    @Autowired
    LearnerService learners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditWriter writer;

    @Autowired
    AuditLog log;

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    @Test
    void demoDataCreationIsAuditedAsTheSystemSeeder() {
        // newest first: the demo terms changed learners after creating them, so look for the creations
        long first = jdbc.queryForObject("select min(id) from learner", Long.class);
        var learner = audit.search(new AuditFilter(null, "Learner", String.valueOf(first), null, null), 0, 100).stream()
                .filter(e -> e.action().equals("CREATE"))
                .toList();
        assertThat(learner).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.actor()).isEqualTo("demo-data");
            assertThat(e.details())
                    .contains("fullName = '")
                    .contains("cohort = Cohort#")
                    .contains("status = ");
        });
        assertThat(audit.search(new AuditFilter(null, "ProgrammeModule", null, null, null), 0, 100))
                .anySatisfy(e -> assertThat(e.details()).startsWith("facultyIds: [] → ["));
    }

    @Test
    void aChangeAndItsEntryCommitOrRollBackTogether() {
        var tx = new TransactionTemplate(transactions);
        long before = auditRows();
        tx.executeWithoutResult(status -> {
            cohorts.create(CohortDraft.proposal(2031));
            assertThat(auditRows()).as("written in the same transaction").isGreaterThan(before);
            status.setRollbackOnly();
        });
        assertThat(auditRows()).as("rolled back with the change").isEqualTo(before);
    }

    @Test
    void updatesRecordOldAndNewValuesWhoAndWhen() {
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            long id = jdbc.queryForObject("select min(id) from learner where status = 'ACTIVE'", Long.class);
            var learner = learners.get(id);
            var renamed = learners.update(
                    id,
                    learner.version(),
                    new LearnerEdit("Renamed Person", learner.email(), learner.country(), learner.timeZone()));
            learners.changeStatus(id, renamed.version(), StatusAction.WITHDRAW, "Parental leave", null);
            var entries = audit.search(AuditFilter.forEntity("Learner", String.valueOf(id)), 0, 10);
            assertThat(entries).extracting(AuditEntry::action).startsWith("UPDATE", "UPDATE");
            assertThat(entries)
                    .extracting(AuditEntry::details)
                    .contains("fullName: '" + learner.fullName() + "' → 'Renamed Person'")
                    .anySatisfy(details ->
                            assertThat(details).contains("status: ACTIVE → WITHDRAWN", "endedOn: (none) → 2026-11-25"));
            assertThat(entries.getFirst().actor()).isEqualTo("admin");
            assertThat(entries.getFirst().occurredAt()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
            assertThat(audit.search(new AuditFilter("adm", "LearnerStatusChange", null, null, null), 0, 50))
                    .filteredOn(e -> e.details().contains("learner = Learner#" + id + ";"))
                    .singleElement()
                    .satisfies(e ->
                            assertThat(e.details()).contains("reason = 'Parental leave'", "learner = Learner#" + id));
            status.setRollbackOnly();
        });
    }

    @Test
    void filtersByTimeAndPagesInTheDatabase() {
        var at = Instant.parse("2026-11-25T12:00:00Z");
        assertThat(audit.search(new AuditFilter(null, null, null, at.plusSeconds(1), null), 0, 10))
                .isEmpty();
        assertThat(audit.search(new AuditFilter(null, null, null, at, at.plusSeconds(1)), 0, 10))
                .hasSize(10);
        var first = audit.search(AuditFilter.none(), 0, 5);
        var second = audit.search(AuditFilter.none(), 5, 5);
        assertThat(first.getLast().id()).isGreaterThan(second.getFirst().id());
        assertThat(audit.search(AuditFilter.none(), 0, 100_000)).hasSizeLessThanOrEqualTo(AuditService.MAX_PAGE);
        assertThat(audit.entityTypes())
                .contains("Cohort", "Learner", "LearnerStatusChange", "ProgrammeModule", "StaffUser");
    }

    @Test
    @WithUserDetails("ben")
    void refusedCallsAreAudited() {
        assertThatThrownBy(() -> cohorts.listCohorts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        var entries = jdbc.queryForList(
                "select details from audit_entry where actor = 'ben' and action = 'ACCESS_DENIED'", String.class);
        assertThat(entries).contains("Call refused: CohortService.listCohorts", "Call refused: AuditService.search");
    }

    @Test
    void everyKindOfEntryNamesTheNodeThatWroteIt() {
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
            long id = jdbc.queryForObject("select min(id) from learner where status = 'ACTIVE'", Long.class);
            var learner = learners.get(id);
            learners.update(
                    id,
                    learner.version(),
                    new LearnerEdit("Node Person", learner.email(), learner.country(), learner.timeZone()));
            writer.record(List.of(AuditChange.updated("Enrollment", 1, "status", "A", "B")), "node test");
            log.record("admin", AuditAction.LOGIN, null, null, "Signed in", "127.0.0.1");
            assertThat(jdbc.queryForList(
                            "select coalesce(entity_type, '-') || ' ' || coalesce(node_id, '-') from audit_entry where id > ? order by id",
                            String.class,
                            before))
                    .as("entity listener, bulk writer and security log")
                    .contains("Learner test-node-1", "Enrollment test-node-1")
                    .anySatisfy(row -> assertThat(row).isEqualTo("- test-node-1"))
                    .allSatisfy(row -> assertThat(row).endsWith(" test-node-1"));
            assertThat(audit.search(AuditFilter.forEntity("Learner", String.valueOf(id)), 0, 1))
                    .singleElement()
                    .extracting(AuditEntry::nodeId)
                    .isEqualTo("test-node-1");
            status.setRollbackOnly();
        });
    }
}
