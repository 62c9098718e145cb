package com.cohortdesk.enrollment.ui;

import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.LearnerPlan;
import com.cohortdesk.enrollment.PlanEntry;
import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.ui.LearnerPageSection;
import com.cohortdesk.programme.ProgrammeSchedule;
import com.cohortdesk.ui.Badge;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.math.BigDecimal;

/** The learner's plan on their page: six terms × modules with ECTS and status, and the rule check. */
@SpringComponent
class LearnerPlanSection implements LearnerPageSection {

    private final EnrollmentService enrollments;

    LearnerPlanSection(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(LearnerDetails learner, Runnable refreshPage) {
        LearnerPlan plan = enrollments.plan(learner.id());
        var box = new Div(new H3("Plan"));
        box.setId("learner-plan");
        box.addClassName("plan");
        var check = new Paragraph(
                plan.problems().isEmpty()
                        ? "The plan follows the programme rules."
                        : "The plan breaks the programme rules:");
        check.addClassName(plan.problems().isEmpty() ? "plan-ok" : "plan-problem");
        check.setId("plan-check");
        box.add(check);
        if (!plan.problems().isEmpty()) {
            var list = new UnorderedList();
            plan.problems().forEach(p -> list.add(new ListItem(p)));
            box.add(list);
        }
        var grid = new Div();
        grid.addClassName("plan-grid");
        for (var load : ProgrammeSchedule.terms()) {
            var entries = plan.term(load.term());
            var taken = entries.stream()
                    .filter(e -> e.status().takesPlace())
                    .map(PlanEntry::ects)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var heading = new Div(
                    new Span(load.label()),
                    new Span(taken.stripTrailingZeros().toPlainString() + " / "
                            + load.ects().stripTrailingZeros().toPlainString() + " ECTS"));
            heading.addClassName("plan-term-heading");
            var term = new Div(heading);
            term.addClassName("plan-term");
            if (entries.isEmpty()) {
                var none = new Span("Not enrolled");
                none.addClassName("plan-empty");
                term.add(none);
                if (learner.status() == LearnerStatus.ACTIVE) term.add(enrolButton(learner, load.term(), refreshPage));
            }
            for (var entry : entries) {
                var module = new Span(entry.moduleLabel());
                var meta =
                        new Span(entry.ects().stripTrailingZeros().toPlainString() + " ECTS · " + entry.cohortName());
                meta.addClassName("plan-meta");
                var status = new Badge(entry.status().label(), entry.status().name());
                var item = new Div(module, meta, status);
                item.addClassName("plan-entry");
                term.add(item);
            }
            grid.add(term);
        }
        box.add(grid);
        return box;
    }

    private Button enrolButton(LearnerDetails learner, int term, Runnable refreshPage) {
        var button = new Button("Enrol into term " + term, e -> {
            var report = enrollments.enrolLearnerIntoTerm(learner.id(), term);
            if (report.added().isEmpty()) {
                Feedback.refused(
                        report.skipped().isEmpty()
                                ? "Nothing to enrol."
                                : report.skipped().getFirst().reason());
            } else {
                Feedback.saved(report.summary());
            }
            refreshPage.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("enrol-term-" + term);
        return button;
    }
}
