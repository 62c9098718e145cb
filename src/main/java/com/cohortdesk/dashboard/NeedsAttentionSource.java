package com.cohortdesk.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The extension point of the administrator's "Needs attention" panel: any Spring bean implementing this adds its
 * lines (for example the notices feature: failed notices). Called inside the dashboard's read-only transaction as
 * an administrator; it should run one aggregate query and return only lines with a count above zero, each linking
 * to a page that shows exactly those.
 */
public interface NeedsAttentionSource {

    /** The lines to show now; empty when nothing of this source needs attention. */
    List<AttentionItem> attentionItems(Instant now);
}
