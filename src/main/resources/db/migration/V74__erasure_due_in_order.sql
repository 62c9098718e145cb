-- The Personal data page lists the learners due for erasure in order of their end day (order by ended_on, id), a page
-- at a time. V70's index (ended_on, erased_at) gave the range but not that order: with tens of thousands due, every
-- page sorted all of them (H2: 190 ms for the first page at 71,000 due, issue #15). On (ended_on, id) the range comes
-- in the page's order and a page reads only its own rows; "not erased" is checked per row (erased learners are few).
-- Nulls last (PostgreSQL's default, not H2's): the learners still studying, who have no end day, are not at the start
-- of the range "ended on or before a day", which H2 would otherwise step over for every page.
drop index ix_learner_erasure_due;
create index ix_learner_erasure_due on learner (ended_on nulls last, id);
