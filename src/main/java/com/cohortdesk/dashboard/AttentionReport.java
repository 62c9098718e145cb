package com.cohortdesk.dashboard;

import java.time.Instant;
import java.util.List;

/** The "Needs attention" panel: its lines (only those with a count) and when it was computed. */
public record AttentionReport(List<AttentionItem> items, Instant computedAt) {

    public boolean nothing() {
        return items.isEmpty();
    }
}
