-- Erasing a learner's personal data deletes their planned reminders (NoticePersonalData.eraseLearner). The plan holds
-- one row per learner, subject and offset (millions at 100,000 learners), and its key leads with kind and subject:
-- without this index each erasure read the whole plan.
create index ix_reminder_plan_learner on reminder_plan (learner_id);
