-- A cohort's roster page sorted by a column other than the name walks the cohort's part of one of these indexes in
-- that column's order (LearnerRowsImpl.indexedOrder leads the ORDER BY with the cohort), so at most a cohort's
-- learners are read whatever else is filtered; without them H2 walked the whole (status, email) index for
-- "cohort + GRADUATED + GB, by email" (50-150 ms at 100,000 learners, issue #15). The name sort has
-- (cohort_id, full_name, id) from V3; the cohort's name is the same on its every row. Portable: H2 and PostgreSQL.
create index ix_learner_cohort_email on learner (cohort_id, email);
create index ix_learner_cohort_country on learner (cohort_id, country, full_name, id);
create index ix_learner_cohort_status on learner (cohort_id, status, full_name, id);
create index ix_learner_cohort_zone on learner (cohort_id, time_zone, full_name, id);
