package com.cohortdesk.notice;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a notice says, before the templates lay it out as text and HTML: a greeting, paragraphs, titled
 * sections of lines (the digest), an optional link, and for reminders and digests the unsubscribe address.
 */
public record NoticeContent(
        String subject,
        String greeting,
        List<String> paragraphs,
        List<Section> sections,
        @Nullable String linkLabel,
        @Nullable String linkUrl,
        @Nullable String unsubscribeUrl) {

    public record Section(String title, List<String> lines) {}

    public NoticeContent withUnsubscribe(@Nullable String url) {
        return new NoticeContent(subject, greeting, paragraphs, sections, linkLabel, linkUrl, url);
    }

    static NoticeContent of(String subject, String greeting, List<String> paragraphs) {
        return new NoticeContent(subject, greeting, paragraphs, List.of(), null, null, null);
    }
}
