package com.cohortdesk.learner.ui;

import com.cohortdesk.learner.LearnerDetails;
import com.vaadin.flow.component.Component;

/**
 * A section other features add to the learner's page (a Spring bean), so the learner feature does not
 * depend on them: enrolments contribute the learner's plan this way.
 */
public interface LearnerPageSection {

    /** Order on the page; lower comes first. */
    int order();

    Component create(LearnerDetails learner, Runnable refreshPage);
}
