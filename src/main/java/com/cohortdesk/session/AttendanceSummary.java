package com.cohortdesk.session;

import java.util.Collection;

/** How many learners of a roster are marked present, late, excused, absent, and how many are not marked yet. */
public record AttendanceSummary(long present, long late, long excused, long absent, long notMarked) {

    public static AttendanceSummary of(Collection<RosterLine> lines) {
        long present = 0, late = 0, excused = 0, absent = 0, none = 0;
        for (var line : lines) {
            if (line.mark() == null) {
                none++;
                continue;
            }
            switch (line.mark()) {
                case PRESENT -> present++;
                case LATE -> late++;
                case EXCUSED -> excused++;
                case ABSENT -> absent++;
            }
        }
        return new AttendanceSummary(present, late, excused, absent, none);
    }

    /** "12 present · 1 late · 0 excused · 2 absent · 3 not marked". */
    public String text() {
        return present + " present · " + late + " late · " + excused + " excused · " + absent + " absent · " + notMarked
                + " not marked";
    }
}
