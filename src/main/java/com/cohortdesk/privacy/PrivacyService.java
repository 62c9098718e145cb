package com.cohortdesk.privacy;

import com.cohortdesk.audit.AuditAction;
import com.cohortdesk.audit.AuditChange;
import com.cohortdesk.audit.AuditWriter;
import com.cohortdesk.learner.Learner;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learners' and staff members' personal data: the access export, erasure (pseudonymisation in every table and
 * in the audit trail, in one transaction, idempotent), legal holds, and who is due for erasure under the
 * retention setting ({@code cohortdesk.privacy.retention}, default six years after graduation or withdrawal).
 * Administrators only. Features contribute their records through {@link PersonalDataSource} beans.
 */
@Service
public class PrivacyService {

    /** Fields whose values an erasure redacts in the audit entries about the person. */
    static final Set<String> LEARNER_FIELDS = Set.of("fullName", "email", "searchWords", "reason", "note");

    static final Set<String> STAFF_FIELDS = Set.of("username", "displayName", "email", "passwordHash");
    private static final int IN_CHUNK = 500;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataSource> sources;
    private final JdbcTemplate jdbc;
    private final AuditWriter audit;
    private final LegalHoldRepository holds;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final RetentionPolicy retention;

    PrivacyService(
            List<PersonalDataSource> sources,
            JdbcTemplate jdbc,
            AuditWriter audit,
            LegalHoldRepository holds,
            EntityManager entityManager,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${cohortdesk.privacy.retention:P6Y}") Period retention) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(PersonalDataSource::order))
                .toList();
        this.jdbc = jdbc;
        this.audit = audit;
        this.holds = holds;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.retention = new RetentionPolicy(retention);
    }

    // ------------------------------------------------------------------------------------------ learners

    /**
     * Writes everything held about the learner to {@code out} (left open) as a zip: {@code personal-data.json}
     * and a {@code README.txt}. The export itself is audited (without its content).
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void exportLearner(long learnerId, OutputStream out) throws IOException {
        var learner = learnerRow(learnerId);
        var data = new LinkedHashMap<String, @Nullable Object>();
        data.put("subject", Map.of("type", "learner", "id", learnerId));
        data.put("exportedAt", clock.instant().toString());
        data.put("exportedBy", currentUser.username());
        for (var source : sources) data.put(source.section(), source.learnerRecords(learnerId));
        data.put("legalHold", holdRecord(learnerId));
        data.put(
                "auditTrail",
                auditAboutLearner(learnerId, auditedEntities(learnerId), List.of(learner.fullName(), learner.email()))
                        .stream()
                        .map(AuditRow::toMap)
                        .toList());
        audit.record(
                List.of(new AuditChange(
                        "Learner",
                        String.valueOf(learnerId),
                        AuditAction.PERSONAL_DATA_EXPORT,
                        "Access export downloaded ("
                                + String.join(
                                        ", ", data.keySet().stream().skip(3).toList()) + ")")),
                "");
        writeZip(out, data, readme("learner", learnerId));
    }

    /**
     * Erases the learner: name and email become {@link Pseudonym#learner}, free text about them becomes "erased",
     * in every table and in the audit trail (the values of erased fields, old and new, become "erased"); their
     * calendar feed stops working; records needed for the programme's statistics stay under the pseudonym.
     * One transaction; the erasure is audited with its reason and without the erased values. Returns false,
     * changing nothing, when the learner was erased already. Refused while a legal hold exists.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public boolean eraseLearner(long learnerId, String reason) {
        PrivacyReason.require("erasure", reason);
        entityManager.flush();
        var learner = learnerRow(learnerId);
        if (learner.erasedAt() != null) return false;
        if (holds.findByLearnerId(learnerId).isPresent()) {
            throw new RuleViolation("This learner is under a legal hold: lift it before erasing them.");
        }
        if (learner.status().equals("ACTIVE")) {
            // an active learner is enrolled term by term and receives calendars and notices: they leave the programme
            // first
            throw new RuleViolation(
                    "This learner is active: withdraw them (or let them graduate) before erasing them.");
        }
        var literals = List.of(learner.fullName(), learner.email());
        if (literals.stream().anyMatch(l -> reason.toLowerCase(Locale.ROOT).contains(l.toLowerCase(Locale.ROOT)))) {
            throw new RuleViolation(
                    "The reason must not contain the learner's name or email: it stays in the audit trail.");
        }
        var pseudonym = Pseudonym.learner(learnerId);
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // The claim: only one erasure of a learner ever passes this update (a concurrent one waits and finds nothing).
        int claimed = jdbc.update(
                // ended_on too: the due list reads learners in the order of that day, and erased ones would fill its
                // start
                "update learner set full_name = ?, email = ?, ended_on = null, erased_at = ?, version = version + 1 "
                        + "where id = ? and erased_at is null",
                pseudonym.name(),
                pseudonym.email(),
                now,
                learnerId);
        if (claimed == 0) return false;
        var entities = auditedEntities(learnerId);
        var fields = new HashSet<>(LEARNER_FIELDS);
        var whole = new HashSet<String>();
        for (var source : sources) {
            source.eraseLearner(learnerId, pseudonym);
            fields.addAll(source.personalFields());
            whole.addAll(source.whollyPersonalEntities());
        }
        for (var entry : auditAboutLearner(learnerId, entities, literals)) {
            var details = entry.details();
            if (details == null) continue;
            var wholly = entry.entityType() != null
                    && whole.contains(entry.entityType())
                    && entities.getOrDefault(entry.entityType(), List.of()).stream()
                            .anyMatch(id -> String.valueOf(id).equals(entry.entityId()));
            var redacted = wholly ? Pseudonym.ERASED : AuditRedaction.redact(details, fields, literals);
            if (!redacted.equals(details))
                jdbc.update("update audit_entry set details = ? where id = ?", redacted, entry.id());
        }
        audit.record(
                List.of(new AuditChange(
                        "Learner",
                        String.valueOf(learnerId),
                        AuditAction.ERASURE,
                        "Personal data erased: name and email replaced by '" + pseudonym.name()
                                + "', free text about them erased, "
                                + "search words removed, calendar feed revoked, end day cleared")),
                reason);
        entityManager.clear();
        return true;
    }

    /** Whether the learner was erased: nothing may be sent to them or shown of them any more. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public boolean isErased(long learnerId) {
        return learnerRow(learnerId).erasedAt() != null;
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public PrivacyStatus status(long learnerId) {
        var learner = learnerRow(learnerId);
        var hold = holds.findByLearnerId(learnerId);
        return new PrivacyStatus(
                learnerId,
                learner.erasedAt(),
                hold.map(LegalHold::getReason).orElse(null),
                hold.map(LegalHold::getHeldBy).orElse(null),
                hold.map(LegalHold::getHeldAt).orElse(null),
                learner.erasedAt() != null ? null : retention.dueOn(learner.status(), endedOn(learnerId)));
    }

    /** Puts the learner under a legal hold (audited with the reason): the retention job and erasure skip them. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public PrivacyStatus hold(long learnerId, String reason) {
        PrivacyReason.require("legal hold", reason);
        var learner = learnerRow(learnerId);
        if (learner.erasedAt() != null) throw new RuleViolation("This learner's personal data was erased already.");
        if (holds.findByLearnerId(learnerId).isPresent())
            throw new RuleViolation("This learner is under a legal hold already.");
        holds.saveAndFlush(new LegalHold(
                entityManager.getReference(Learner.class, learnerId),
                reason.strip(),
                currentUser.username(),
                clock.instant()));
        return status(learnerId);
    }

    /** Lifts the learner's legal hold (audited: the hold's deletion). */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public PrivacyStatus releaseHold(long learnerId) {
        var hold = holds.findByLearnerId(learnerId)
                .orElseThrow(() -> new RuleViolation("This learner is not under a legal hold."));
        holds.delete(hold);
        holds.flush();
        return status(learnerId);
    }

    /** The retention setting: how long after graduation or withdrawal a learner's personal data is kept. */
    @Secured(Role.ADMIN_AUTHORITY)
    public Period retentionPeriod() {
        return retention.retention();
    }

    /**
     * The learners (not erased, not held) whose retention period ends within {@code days} days from today
     * (programme zone), overdue ones included, soonest first. {@code dueForErasure(0)} is who is due now.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<DueLearner> dueForErasure(int days) {
        return jdbc.query(DUE + DUE_ORDER, this::dueLearner, latestEndDue(days));
    }

    /**
     * One page of {@link #dueForErasure(int)}, in the same order, read in the database: the Personal data page scrolls
     * through them when the retention job has not run for a long time and tens of thousands are due.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<DueLearner> dueForErasure(int days, int offset, int limit) {
        if (offset < 0 || limit < 1)
            throw new RuleViolation("A page starts at 0 or later and holds at least one learner.");
        return jdbc.query(
                DUE + DUE_ORDER + " offset ? rows fetch next ? rows only",
                this::dueLearner,
                latestEndDue(days),
                offset,
                limit);
    }

    private DueLearner dueLearner(ResultSet rs, int row) throws SQLException {
        var endedOn = rs.getObject("ended_on", LocalDate.class);
        return new DueLearner(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("cohort_name"),
                rs.getString("status"),
                endedOn,
                endedOn.plus(retention.retention()));
    }

    /**
     * How many learners {@link #dueForErasure} lists, counted in the database up to {@code atMost} (the dashboard's
     * line): the work stays bounded when the retention job has not run for a long time and tens of thousands are due.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public long countDueForErasure(int days, int atMost) {
        if (atMost < 1) throw new RuleViolation("The count must allow at least one learner.");
        var count = jdbc.queryForObject(
                "select count(*) from (" + DUE + " fetch first " + atMost + " rows only) due",
                Long.class,
                latestEndDue(days));
        return count == null ? 0 : count;
    }

    // Learners not erased whose studies ended on or before a day, not held. Read along ix_learner_erasure_due
    // (ended_on, id, V74), which gives the lists' order. The status test is written as a row test, not an IN list: H2
    // would otherwise read the learners by status and sort every due learner for each page.
    static final String DUE = """
            select l.id, l.full_name, l.cohort_name, l.status, l.ended_on from learner l
            where l.ended_on <= ? and l.erased_at is null
                and case when l.status in ('GRADUATED', 'WITHDRAWN') then 1 else 0 end = 1
                and not exists (select 1 from learner_legal_hold h where h.learner_id = l.id)""";
    static final String DUE_ORDER = " order by l.ended_on nulls last, l.id"; // as the index, so that it gives the order

    private LocalDate latestEndDue(int days) {
        if (days < 0) throw new RuleViolation("The number of days must not be negative.");
        var today = LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE);
        return retention.latestEndDueBy(today.plusDays(days));
    }

    // ------------------------------------------------------------------------------------------ staff

    /** Everything held about a staff account, as for a learner: details, roles, feed metadata, the audit entries by and about them. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void exportStaff(long staffId, OutputStream out) throws IOException {
        var staff = staffRow(staffId);
        var data = new LinkedHashMap<String, @Nullable Object>();
        data.put("subject", Map.of("type", "staff", "id", staffId));
        data.put("exportedAt", clock.instant().toString());
        data.put("exportedBy", currentUser.username());
        var details = Rows.query(
                        jdbc,
                        "select id, username, display_name, email, enabled, locked_until, password_expires_at, erased_at "
                                + "from staff_user where id = ?",
                        staffId)
                .getFirst();
        details.put(
                "roles",
                jdbc.queryForList(
                        "select role from staff_user_role where staff_user_id = ? order by role",
                        String.class,
                        staffId));
        details.put(
                "modulesTaught",
                jdbc.queryForList(
                        "select m.code from module_faculty f join programme_module m on m.id = f.module_id "
                                + "where f.staff_user_id = ? order by m.code",
                        String.class,
                        staffId));
        data.put("staff", details);
        data.put(
                "sessionsHosted",
                Rows.query(
                        jdbc,
                        "select id, title, session_type, first_start, planned_zone from live_session "
                                + "where host_id = ? order by first_start, id",
                        staffId));
        for (var source : sources) {
            var records = source.staffRecords(staffId);
            if (!(records instanceof Collection<?> c && c.isEmpty())) data.put(source.section(), records);
        }
        data.put(
                "auditTrail",
                auditAboutStaff(staffId, staff.username(), List.of()).stream()
                        .map(AuditRow::toMap)
                        .toList());
        audit.record(
                List.of(new AuditChange(
                        "StaffUser",
                        String.valueOf(staffId),
                        AuditAction.PERSONAL_DATA_EXPORT,
                        "Access export downloaded")),
                "");
        writeZip(out, data, readme("staff", staffId));
    }

    /**
     * Erases a disabled staff account: username, name and email become {@link Pseudonym#staff} in the staff table,
     * in every "who" column ({@code *_by}) and in the audit trail's actor and details; the entries stay. The
     * account stays disabled with an unusable password; its feed is revoked. Returns false when erased already.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public boolean eraseStaff(long staffId, String reason) {
        PrivacyReason.require("erasure", reason);
        entityManager.flush();
        var staff = staffRow(staffId);
        if (staff.erased()) return false;
        if (staff.username().equals(currentUser.username()))
            throw new RuleViolation("You cannot erase your own account.");
        if (staff.enabled()) throw new RuleViolation("Disable the account before erasing it.");
        var literals = List.of(staff.displayName(), staff.email());
        if (literals.stream().anyMatch(l -> reason.toLowerCase(Locale.ROOT).contains(l.toLowerCase(Locale.ROOT)))) {
            throw new RuleViolation(
                    "The reason must not contain the staff member's name or email: it stays in the audit trail.");
        }
        var pseudonym = Pseudonym.staff(staffId);
        var unusable = passwordEncoder.encode(Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        int claimed = jdbc.update(
                "update staff_user set username = ?, display_name = ?, email = ?, password_hash = ?, enabled = false, "
                        + "erased_at = ?, version = version + 1 where id = ? and erased_at is null",
                pseudonym.username(),
                pseudonym.name(),
                pseudonym.email(),
                unusable,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                staffId);
        if (claimed == 0) return false;
        var entries = auditAboutStaff(staffId, staff.username(), literals);
        for (var column : whoColumns()) {
            jdbc.update(
                    "update \"" + column[0] + "\" set \"" + column[1] + "\" = ? where \"" + column[1] + "\" = ?",
                    pseudonym.username(),
                    staff.username());
        }
        jdbc.update("update audit_entry set actor = ? where actor = ?", pseudonym.username(), staff.username());
        var quotedUsername = "'" + staff.username() + "'";
        for (var entry : entries) {
            var details = entry.details();
            if (details == null) continue;
            var redacted = entry.isAbout("StaffUser", staffId)
                    ? AuditRedaction.redact(details, STAFF_FIELDS, literals)
                    : details;
            redacted = AuditRedaction.redact(
                    redacted.replace(quotedUsername, "'" + pseudonym.username() + "'"), Set.of(), literals);
            if (!redacted.equals(details))
                jdbc.update("update audit_entry set details = ? where id = ?", redacted, entry.id());
        }
        LearnerSources.revokeFeeds(jdbc, clock, "FACULTY", staffId);
        audit.record(
                List.of(new AuditChange(
                        "StaffUser",
                        String.valueOf(staffId),
                        AuditAction.ERASURE,
                        "Personal data erased: username, name and email replaced by '" + pseudonym.username() + "' / '"
                                + pseudonym.name()
                                + "' in the staff table and the audit trail, calendar feed revoked")),
                reason);
        entityManager.clear();
        return true;
    }

    // ------------------------------------------------------------------------------------------ internals

    private record LearnerData(
            long id,
            String fullName,
            String email,
            String status,
            @Nullable Instant erasedAt) {}

    private record StaffData(
            long id, String username, String displayName, String email, boolean enabled, boolean erased) {}

    record AuditRow(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String details,
            @Nullable String remoteAddress) {

        boolean isAbout(String type, long id) {
            return type.equals(entityType) && String.valueOf(id).equals(entityId);
        }

        Map<String, @Nullable Object> toMap() {
            var map = new LinkedHashMap<String, @Nullable Object>();
            map.put("id", id);
            map.put("occurredAt", occurredAt.toString());
            map.put("actor", actor);
            map.put("action", action);
            map.put("entityType", entityType);
            map.put("entityId", entityId);
            map.put("details", details);
            map.put("remoteAddress", remoteAddress);
            return map;
        }
    }

    private LearnerData learnerRow(long learnerId) {
        var rows = jdbc.query(
                "select id, full_name, email, status, erased_at from learner where id = ?",
                (rs, n) -> {
                    var erased = rs.getObject("erased_at", OffsetDateTime.class);
                    return new LearnerData(
                            rs.getLong("id"),
                            rs.getString("full_name"),
                            rs.getString("email"),
                            rs.getString("status"),
                            erased == null ? null : erased.toInstant());
                },
                learnerId);
        if (rows.isEmpty()) throw new RuleViolation("There is no learner with id " + learnerId + ".");
        return rows.getFirst();
    }

    private StaffData staffRow(long staffId) {
        var rows = jdbc.query(
                "select id, username, display_name, email, enabled, erased_at from staff_user where id = ?",
                (rs, n) -> new StaffData(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getBoolean("enabled"),
                        rs.getObject("erased_at") != null),
                staffId);
        if (rows.isEmpty()) throw new RuleViolation("There is no staff account with id " + staffId + ".");
        return rows.getFirst();
    }

    private @Nullable LocalDate endedOn(long learnerId) {
        var ended = jdbc.queryForList("select ended_on from learner where id = ?", LocalDate.class, learnerId);
        return ended.isEmpty() ? null : ended.getFirst();
    }

    private @Nullable Map<String, @Nullable Object> holdRecord(long learnerId) {
        return holds.findByLearnerId(learnerId)
                .map(h -> {
                    var map = new LinkedHashMap<String, @Nullable Object>();
                    map.put("reason", h.getReason());
                    map.put("heldBy", h.getHeldBy());
                    map.put("heldAt", h.getHeldAt().toString());
                    return (Map<String, @Nullable Object>) map;
                })
                .orElse(null);
    }

    private Map<String, Collection<Long>> auditedEntities(long learnerId) {
        var entities = new HashMap<String, Collection<Long>>();
        entities.put("Learner", List.of(learnerId));
        entities.put(
                "LegalHold",
                jdbc.queryForList("select id from learner_legal_hold where learner_id = ?", Long.class, learnerId));
        for (var source : sources) {
            source.auditedEntities(learnerId)
                    .forEach((type, ids) -> entities.computeIfAbsent(type, t -> new ArrayList<>())
                            .addAll(ids));
        }
        return entities;
    }

    /**
     * The audit entries about the learner: those of the learner and of the entities about them, those that
     * reference the learner ("learner = Learner#12") and those naming them (their current name or email).
     */
    private List<AuditRow> auditAboutLearner(
            long learnerId, Map<String, Collection<Long>> entities, List<String> literals) {
        var reference = "Learner#" + learnerId;
        var where = new ArrayList<String>();
        var args = new ArrayList<Object>();
        where.add("details like ?");
        args.add("%" + reference + "%");
        entities.forEach((type, ids) -> {
            var list = ids.stream().map(String::valueOf).distinct().toList();
            for (int i = 0; i < list.size(); i += IN_CHUNK) {
                var chunk = list.subList(i, Math.min(list.size(), i + IN_CHUNK));
                where.add("(entity_type = ? and entity_id in ("
                        + String.join(", ", chunk.stream().map(x -> "?").toList()) + "))");
                args.add(type);
                args.addAll(chunk);
            }
        });
        for (var literal : literals) {
            where.add("lower(details) like ?");
            args.add("%" + literal.toLowerCase(Locale.ROOT) + "%");
        }
        var rows = queryAudit(String.join(" or ", where), args);
        return rows.stream()
                .filter(row ->
                        entities.getOrDefault(row.entityType() == null ? "" : row.entityType(), List.of()).stream()
                                        .anyMatch(id -> String.valueOf(id).equals(row.entityId()))
                                || row.details() != null
                                        && (AuditRedaction.mentions(row.details(), reference)
                                                || literals.stream()
                                                        .anyMatch(l -> row.details()
                                                                .toLowerCase(Locale.ROOT)
                                                                .contains(l.toLowerCase(Locale.ROOT)))))
                .toList();
    }

    /** The audit entries by the staff member (actor) and about their account, and those naming them. */
    private List<AuditRow> auditAboutStaff(long staffId, String username, List<String> literals) {
        var where = new ArrayList<String>(
                List.of("actor = ?", "(entity_type = 'StaffUser' and entity_id = ?)", "details like ?"));
        var args = new ArrayList<Object>(List.of(username, String.valueOf(staffId), "%'" + username + "'%"));
        for (var literal : literals) {
            where.add("lower(details) like ?");
            args.add("%" + literal.toLowerCase(Locale.ROOT) + "%");
        }
        return queryAudit(String.join(" or ", where), args);
    }

    private List<AuditRow> queryAudit(String where, List<Object> args) {
        return jdbc.query(
                "select id, occurred_at, actor, action, entity_type, entity_id, details, remote_address from audit_entry where "
                        + where + " order by occurred_at, id",
                (rs, n) -> new AuditRow(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("details"),
                        rs.getString("remote_address")),
                args.toArray());
    }

    /** Every text column named "…_by" (who did something: changed_by, booked_by, issued_by…), found in the schema. */
    private List<String[]> whoColumns() {
        return jdbc.execute((ConnectionCallback<List<String[]>>) connection -> {
            var columns = new ArrayList<String[]>();
            try (var rs =
                    connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    var table = rs.getString("TABLE_NAME");
                    var column = rs.getString("COLUMN_NAME");
                    var type = rs.getInt("DATA_TYPE");
                    boolean text = type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR;
                    if (text
                            && column.toLowerCase(Locale.ROOT).endsWith("_by")
                            && !table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        columns.add(new String[] {table, column});
                    }
                }
            }
            return columns;
        });
    }

    private static void writeZip(OutputStream out, Map<String, @Nullable Object> data, String readme)
            throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("personal-data.json"));
        zip.write(JSON.writeValueAsBytes(data));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(readme.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private String readme(String kind, long id) {
        return """
                Cohort Desk: personal data held about %s %d
                Exported %s by %s.

                personal-data.json holds, as JSON (UTF-8), everything Cohort Desk stores about this %s, one section per kind
                of record: their details; for a learner their status history (with reasons), module places and their history,
                session bookings and attendance marks, deadline extensions, calendar feed links (when issued, revoked and last
                read, never the secret address), any legal hold; for staff their account, roles, modules taught and sessions
                hosted; and every audit trail entry by or about them (who, when, from which address, what changed).
                Times are UTC instants (ISO 8601). Cohort Desk's programme office answers questions about this export.
                """.formatted(
                kind, id, clock.instant(), currentUser.username(), kind.equals("staff") ? "member of staff" : kind);
    }
}
