/**
 * Notices by email (issue #13): a transactional outbox. Other features publish events inside their
 * transactions ({@code SessionNoticeEvent}, {@code ExtensionGranted}, {@code LearnerStatusChanged});
 * {@link com.cohortdesk.notice.NoticeWriter} writes the rows in that same transaction. The dispatcher claims
 * due rows with {@code FOR UPDATE SKIP LOCKED} and sends them through Spring Mail; the planner plans
 * reminders and digests as rows under unique keys. {@link com.cohortdesk.notice.OutboxService} and
 * {@link com.cohortdesk.notice.NoticeService} own transactions and authorization for staff.
 */
@NullMarked
package com.cohortdesk.notice;

import org.jspecify.annotations.NullMarked;
