package com.cohortdesk.notice;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Who a notice goes to: a learner or a member of staff, with the zone their times are shown in. */
public record Recipient(
        String name,
        String email,
        ZoneId zone,
        @Nullable Long learnerId,
        @Nullable Long staffId) {

    static Recipient learner(long id, String name, String email, String zone) {
        return new Recipient(name, email, zoneOr(zone), id, null);
    }

    static ZoneId zoneOr(@Nullable String zone) {
        try {
            return zone == null ? ZoneId.of("Europe/London") : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/London");
        }
    }
}
