package com.cohortdesk.assessment.ui;

import com.cohortdesk.assessment.ExtensionService;
import com.cohortdesk.assessment.LearnerDeadline;
import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.ui.LearnerPageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/** The learner's effective deadlines (extensions applied) on their page, in their own zone and in UK time. */
@SpringComponent
class LearnerDeadlinesSection implements LearnerPageSection {

    private final ExtensionService extensions;

    LearnerDeadlinesSection(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(LearnerDetails learner, Runnable refreshPage) {
        var deadlines = extensions.learnerDeadlines(learner.id());
        var box = new Div(new H3("Deadlines"));
        box.setId("learner-deadlines");
        box.addClassName("plan");
        var intro = new Paragraph("Effective deadlines of the modules " + learner.fullName()
                + " takes, extensions included, in " + learner.timeZone() + " and in UK time.");
        intro.addClassName("view-description");
        box.add(intro);
        var grid = new Grid<LearnerDeadline>();
        grid.setId("learner-deadline-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> d.assessment().moduleCode() + " " + d.assessment().title())
                .setHeader("Assessment")
                .setFlexGrow(2);
        grid.addColumn(LearnerDeadline::dueForLearner)
                .setHeader("Deadline (learner's zone)")
                .setFlexGrow(2);
        grid.addColumn(LearnerDeadline::dueInLondon).setHeader("Deadline (UK)").setFlexGrow(2);
        grid.addColumn(d -> Optional.ofNullable(d.cutOffForLearner()).orElse("—"))
                .setHeader("Cut-off (learner's zone)")
                .setFlexGrow(2);
        grid.addColumn(LearnerDeadline::extensionNote).setHeader("Extension").setFlexGrow(3);
        grid.setPartNameGenerator(d -> d.effective().extended() ? "extended" : null);
        grid.setItems(deadlines);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No deadlines: the learner holds no place with assessments.");
        box.add(grid);
        return box;
    }
}
