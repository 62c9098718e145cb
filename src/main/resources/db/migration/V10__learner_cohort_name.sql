-- The roster sorted by cohort at scale: the cohort's name is kept beside each learner (the Learner entity
-- sets it, a cohort rename updates it), so a page sorted by cohort walks an index instead of joining and
-- sorting the whole table. Portable: H2 and PostgreSQL.
alter table learner add column cohort_name varchar(80);
update learner set cohort_name = (select c.name from cohort c where c.id = learner.cohort_id);
alter table learner alter column cohort_name set not null;
create index ix_learner_cohortname_name on learner (cohort_name, full_name, id);
