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

-- The roster search: every word typed must start a word of the name or the email. The learner's
-- lower-case words (LearnerSearch) live here so that a prefix search walks an index; the entity keeps
-- them in step, and V4 (LearnerSearchWordsMigration, Java) fills them for the learners already here.
create table learner_search_word (
    learner_id bigint       not null references learner (id) on delete cascade,
    word       varchar(254) not null,
    primary key (learner_id, word)
);
create index ix_learner_search_word on learner_search_word (word, learner_id);
