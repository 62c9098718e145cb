package com.cohortdesk.learner;

/** Told how far an import has got: {@code done} of {@code total} learners written. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void update(int done, int total);
}
