package com.cohortdesk.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.learner.ui.LearnerExportLink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LearnerExportLinkTest {

    @Test
    void fileIsNamedAfterTodayInTheProgrammeZone() {
        var lateJuneEveningUtc = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(LearnerExportLink.fileName(lateJuneEveningUtc)).isEqualTo("learners-2026-07-01.csv");
        var november = Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), ZoneOffset.UTC);
        assertThat(LearnerExportLink.fileName(november)).isEqualTo("learners-2026-11-25.csv");
    }
}
