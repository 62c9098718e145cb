-- The roster at scale (100,000 learners): each filter column leads an index that continues with the
-- roster's tie-breakers (name, id), so a filtered page, and a page sorted by that column, walks an
-- index in order (forwards or backwards) instead of sorting the table. Portable: H2 and PostgreSQL.
drop index ix_learner_cohort_name;
drop index ix_learner_name;
drop index ix_learner_status;
drop index ix_learner_country;
create index ix_learner_cohort_name on learner (cohort_id, full_name, id);
create index ix_learner_name on learner (full_name, id);
create index ix_learner_status_name on learner (status, full_name, id);
create index ix_learner_country_name on learner (country, full_name, id);
create index ix_learner_zone_name on learner (time_zone, full_name, id);
