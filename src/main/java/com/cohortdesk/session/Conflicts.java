package com.cohortdesk.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The conflicts of proposed occurrences with scheduled ones: the host double-booked, or two live
 * sessions of one cohort at the same time. Each message names the other session and its UK time.
 */
public final class Conflicts {

    private Conflicts() {}

    public static List<String> find(List<SessionSlot> proposed, List<SessionSlot> scheduled) {
        var messages = new ArrayList<String>();
        for (var mine : proposed) {
            for (var other : scheduled) {
                if (other.occurrenceId() == mine.occurrenceId() && mine.occurrenceId() != 0) continue;
                if (!mine.overlaps(other)) continue;
                if (other.hostId() == mine.hostId()) {
                    messages.add(other.hostName() + " already hosts \u201c" + other.title() + "\u201d on "
                            + SessionTimes.uk(other.start()) + ".");
                } else if (mine.sharesCohortWith(other)) {
                    messages.add("It overlaps \u201c" + other.title() + "\u201d for " + other.cohortName() + " on "
                            + SessionTimes.uk(other.start()) + ".");
                }
            }
        }
        return messages.stream().distinct().toList();
    }
}
