package com.cohortdesk.learnerpage.ui;

import com.cohortdesk.cohort.CohortSummary;
import com.cohortdesk.cohort.ui.CohortPageSection;
import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.learnerpage.LearnerLinkService;
import com.cohortdesk.learnerpage.PersonalLinkMailer;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;

/** "Send personal links" on the cohort's page (administrators): a new link for every active learner, each sent. */
@org.springframework.stereotype.Component
class CohortLinksSection implements CohortPageSection {

    private final LearnerLinkService links;
    private final LearnerService learners;

    CohortLinksSection(LearnerLinkService links, LearnerService learners) {
        this.links = links;
        this.learners = learners;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public Component create(CohortSummary cohort) {
        var results = new Div();
        results.setId("cohort-links-results");
        var send = new Button("Send personal links", VaadinIcon.ENVELOPE.create(), e -> {
            var dialog = new ConfirmDialog(
                    "Send personal links?",
                    "Every active learner of " + cohort.name()
                            + " gets a new personal link; the addresses they have now stop working.",
                    "Send",
                    c -> {
                        List<PersonalLinkMailer.Delivery> deliveries =
                                links.sendToCohort(cohort.id(), PageUrls.baseUrl());
                        show(results, cohort.id(), deliveries);
                        Feedback.saved(deliveries.stream()
                                        .filter(PersonalLinkMailer.Delivery::sent)
                                        .count() + " personal links sent by email.");
                    });
            dialog.setCancelable(true);
            dialog.open();
        });
        send.setId("cohort-links-send");
        var box = new VerticalLayout(
                new H2("Personal pages"),
                new Paragraph(
                        "Each learner's own page by secret link: plan, live sessions (booking office hours), deadlines and calendar."),
                send,
                results);
        box.setPadding(false);
        box.setId("cohort-links");
        return box;
    }

    private void show(Div results, long cohortId, List<PersonalLinkMailer.Delivery> deliveries) {
        results.removeAll();
        var names = new HashMap<Long, String>();
        learners.members(cohortId).forEach(l -> names.put(l.id(), l.fullName()));
        var unsent = deliveries.stream().filter(d -> !d.sent()).toList();
        var summary = new Paragraph(
                (deliveries.size() - unsent.size()) + " sent by email." + (unsent.isEmpty() ? "" : " Not sent:"));
        summary.setId("cohort-links-summary");
        results.add(summary);
        for (var d : unsent) {
            var line =
                    new Paragraph(names.getOrDefault(d.learnerId(), "Learner " + d.learnerId()) + ": " + d.message());
            line.addClassName("lp-unsent");
            results.add(line);
        }
    }
}
