-- The roster's slow cases at 100,000 learners: a filter on a status most learners share (GRADUATED) sorted by
-- another column sorted most of the table. With these, such a page walks an index that starts with the status and
-- continues with the sort column and the tie-breakers (LearnerRowsImpl puts the filtered status first in the ORDER BY,
-- which changes nothing in the result but lets H2 see that the index gives the order). Portable: H2 and PostgreSQL.
create index ix_learner_status_email on learner (status, email);
create index ix_learner_status_cohort on learner (status, cohort_name, full_name, id);
create index ix_learner_status_country on learner (status, country, full_name, id);
create index ix_learner_status_zone on learner (status, time_zone, full_name, id);
