package com.cohortdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditRedactionTest {

    private static final Set<String> FIELDS = PrivacyService.LEARNER_FIELDS;

    @Test
    void erasedFieldsBecomeErasedOldAndNewAlikeOthersStay() {
        var details =
                "fullName: 'Ada Lovelace' → 'Ada King'; email: 'ada@x.org' → 'ada.king@x.org'; country: 'GB' → 'FR'";
        assertThat(AuditRedaction.redact(details, FIELDS, List.of()))
                .isEqualTo("fullName: erased → erased; email: erased → erased; country: 'GB' → 'FR'");
    }

    @Test
    void createdDeletedAndBulkReasonsAreRedacted() {
        assertThat(AuditRedaction.redact(
                        "cohort = Cohort#3; fullName = 'Ada'; searchWords = [ada, lovelace]; status = ACTIVE",
                        FIELDS,
                        List.of()))
                .isEqualTo("cohort = Cohort#3; fullName = erased; searchWords = erased; status = ACTIVE");
        assertThat(AuditRedaction.redact("learner was Learner#4; note was 'left early, unwell'", FIELDS, List.of()))
                .isEqualTo("learner was Learner#4; note = erased".replace("note = ", "note was "));
        assertThat(AuditRedaction.redact("status: ENROLLED → WITHDRAWN; reason: Health reasons", FIELDS, List.of()))
                .isEqualTo("status: ENROLLED → WITHDRAWN; reason: erased");
    }

    @Test
    void literalsAreReplacedAnywhereInAnyCase() {
        assertThat(AuditRedaction.redact(
                        "Booked for ADA LOVELACE (ada@x.org) by admin", Set.of(), List.of("Ada Lovelace", "ada@x.org")))
                .isEqualTo("Booked for erased (erased) by admin");
    }

    @Test
    void aValueWithSemicolonsInsideStaysOneSegment() {
        assertThat(AuditRedaction.redact("reason = 'moved; abroad'; status = WITHDRAWN", FIELDS, List.of()))
                .isEqualTo("reason = erased; status = WITHDRAWN");
    }

    @Test
    void mentionsMatchesTheWholeId() {
        assertThat(AuditRedaction.mentions("learner = Learner#12; x", "Learner#12"))
                .isTrue();
        assertThat(AuditRedaction.mentions("learner = Learner#123", "Learner#12"))
                .isFalse();
    }
}
