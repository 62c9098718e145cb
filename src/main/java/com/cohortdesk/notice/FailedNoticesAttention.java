package com.cohortdesk.notice;

import com.cohortdesk.dashboard.AttentionItem;
import com.cohortdesk.dashboard.NeedsAttentionSource;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The notices' line in the administrator's "Needs attention": notices that failed after every try. */
@Component
class FailedNoticesAttention implements NeedsAttentionSource {

    private final NoticeRepository notices;

    FailedNoticesAttention(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public List<AttentionItem> attentionItems(Instant now) {
        long failed = notices.countByStatus(NoticeStatus.FAILED);
        if (failed == 0) return List.of();
        return List.of(new AttentionItem(
                "notice-failed",
                failed == 1 ? "Notice failed to send" : "Notices failed to send",
                failed,
                "outbox?status=failed"));
    }
}
