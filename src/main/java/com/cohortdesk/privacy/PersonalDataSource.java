package com.cohortdesk.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One feature's part of a person's personal data, contributed as a Spring bean: what the access export
 * shows of it, which of its entities the audit trail's entries about the person are about, and how its
 * rows are pseudonymised when the person is erased. A new feature that stores something about learners
 * (notices, for instance) adds a bean; the export and the erasure pick it up.
 * <p>
 * Every method runs inside the privacy service's transaction, after its authorization check.
 */
public interface PersonalDataSource {

    /** The section's key in the export's JSON ("places", "notices"). */
    String section();

    /** Order in the export; lower comes first. */
    default int order() {
        return 50;
    }

    /**
     * The records held about the learner, as JSON-ready values (maps, lists, strings, numbers, booleans,
     * nulls, {@link java.time.temporal.Temporal}s). Never secrets such as tokens or their hashes.
     */
    Object learnerRecords(long learnerId);

    /** The records held about a member of staff (default: none). */
    default Object staffRecords(long staffId) {
        return List.of();
    }

    /**
     * The entities of this feature that are about the learner, by the audit trail's entity type
     * ("Enrollment" → ids), so that their audit entries join the export and are redacted by the erasure.
     */
    default Map<String, Collection<Long>> auditedEntities(long learnerId) {
        return Map.of();
    }

    /**
     * Fields of this feature's audited entities whose values name the person ("recipientName"): the erasure
     * makes their values {@code erased} in the audit entries about the person, as it does for names and emails.
     */
    default Set<String> personalFields() {
        return Set.of();
    }

    /**
     * Audited entity types of this feature whose entries about the person are personal as a whole (a message
     * written to them): the erasure replaces those entries' details entirely, keeping who, when and what kind.
     */
    default Set<String> whollyPersonalEntities() {
        return Set.of();
    }

    /**
     * Replaces the learner's personal data in this feature's rows: names and emails by the pseudonym, free
     * text about them by {@link Pseudonym#ERASED}. Rows needed for the programme's statistics stay. Write
     * with SQL, not through entities: an entity update would put the old values into the audit trail.
     */
    default void eraseLearner(long learnerId, Pseudonym pseudonym) {}
}
