-- Planned reminders (issue #13), kept apart from the outbox: one narrow row per (kind, subject, learner, the time
-- planned for, offset), so a whole term's reminders (600,000 rows for 10,000 learners x 30 deadlines) are planned in
-- seconds. The planner copies the rows whose send time is near (cohortdesk.notices.queue-ahead) into the outbox
-- (`notice`, with the recipient and the plan key) and marks them queued; rows whose send time has passed are deleted.
-- No personal data beyond ids: what a notice says is rendered from the data as it is when it is sent.
create table reminder_plan (
    kind           varchar(8)               not null,
    subject_id     bigint                   not null,
    learner_id     bigint                   not null,
    due_at         timestamp with time zone not null,
    offset_minutes int                      not null,
    send_at        timestamp with time zone not null,
    queued         boolean                  not null,
    constraint pk_reminder_plan primary key (kind, subject_id, learner_id, due_at, offset_minutes),
    constraint ck_reminder_plan_kind check (kind in ('deadline', 'session'))
);
-- the queue step: rows not yet in the outbox whose send time is near
create index ix_reminder_plan_queue on reminder_plan (queued, send_at);
