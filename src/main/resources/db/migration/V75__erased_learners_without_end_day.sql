-- Erasure now clears a learner's end day (ended_on): the list of learners due for erasure is read in the order of that
-- day along ix_learner_erasure_due (V74), and the learners erased over the years would otherwise fill the start of
-- that range, to be stepped over by every read (H2: 54 ms for the first page with 50,611 erased, issue #15). Nothing
-- reads the end day of an erased learner. The learners erased already lose it here.
update learner set ended_on = null where erased_at is not null;
