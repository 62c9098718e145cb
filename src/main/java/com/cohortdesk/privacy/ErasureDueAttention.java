package com.cohortdesk.privacy;

import com.cohortdesk.dashboard.AttentionItem;
import com.cohortdesk.dashboard.NeedsAttentionSource;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Personal data's line in the administrator's "Needs attention": learners the retention job erases within 30 days. */
@Component
class ErasureDueAttention implements NeedsAttentionSource {

    static final int DAYS = 30;
    /** Counted up to this many; more are shown as "at least" (the Personal data page lists them all). */
    static final int AT_MOST = 1000;

    private final PrivacyService privacy;

    ErasureDueAttention(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Override
    public List<AttentionItem> attentionItems(Instant now) {
        long due = privacy.countDueForErasure(DAYS, AT_MOST);
        if (due == 0) return List.of();
        var text = "Learners due for erasure (retention) in the next " + DAYS + " days"
                + (due >= AT_MOST ? String.format(Locale.UK, " (at least %,d)", AT_MOST) : "");
        return List.of(new AttentionItem("erasure-due", text, due, "privacy"));
    }
}
