package com.cohortdesk.privacy;

import com.cohortdesk.dashboard.AttentionItem;
import com.cohortdesk.dashboard.NeedsAttentionSource;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Personal data's line in the administrator's "Needs attention": learners the retention job erases within 30 days. */
@Component
class ErasureDueAttention implements NeedsAttentionSource {

    static final int DAYS = 30;

    private final PrivacyService privacy;

    ErasureDueAttention(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Override
    public List<AttentionItem> attentionItems(Instant now) {
        long due = privacy.countDueForErasure(DAYS);
        if (due == 0) return List.of();
        return List.of(new AttentionItem("erasure-due", "Learners due for erasure (retention) in the next " + DAYS + " days", due, "privacy"));
    }
}
