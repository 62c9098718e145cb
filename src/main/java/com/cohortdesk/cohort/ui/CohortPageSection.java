package com.cohortdesk.cohort.ui;

import com.cohortdesk.cohort.CohortSummary;
import com.vaadin.flow.component.Component;

/**
 * A section other features add to the cohort's page (a Spring bean), so the cohort feature does not
 * depend on them: the calendar contributes the cohort's feed link this way.
 */
public interface CohortPageSection {

    /** Order on the page; lower comes first. */
    int order();

    Component create(CohortSummary cohort);
}
