package com.cohortdesk.privacy.ui;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.LearnerStatus;
import com.cohortdesk.learner.ui.LearnerPageSection;
import com.cohortdesk.privacy.PrivacyService;
import com.cohortdesk.privacy.PrivacyStatus;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.shared.RuleViolation;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The learner's personal data on their page (administrators): the access export, the retention date, the legal
 * hold, and the erasure, which a dialog explains before asking for the reason.
 */
@org.springframework.stereotype.Component
class LearnerPrivacySection implements LearnerPageSection {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final PrivacyService privacy;

    LearnerPrivacySection(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public Component create(LearnerDetails learner, Runnable refreshPage) {
        var status = privacy.status(learner.id());
        var box = new VerticalLayout(new H3("Personal data"));
        box.setPadding(false);
        box.setId("learner-privacy");
        var download = Downloads.zip(
                "personal-data-learner-" + learner.id() + ".zip",
                "Download personal data (zip)",
                out -> privacy.exportLearner(learner.id(), out));
        download.setId("privacy-export");
        var state = new Paragraph(describe(status));
        state.setId("privacy-state");
        box.add(state);
        var actions = new Div(download);
        actions.addClassName("detail-actions");
        if (!status.erased()) {
            if (status.held()) {
                var lift = new Button("Lift legal hold", e -> {
                    try {
                        privacy.releaseHold(learner.id());
                        Feedback.saved("The legal hold is lifted.");
                        refreshPage.run();
                    } catch (RuleViolation ex) {
                        Feedback.refused(ex.getMessage());
                    }
                });
                lift.setId("privacy-release-hold");
                actions.add(lift);
            } else {
                var hold = new Button("Legal hold…", e -> openHold(learner, refreshPage));
                hold.setId("privacy-hold");
                actions.add(hold);
                if (learner.status() == LearnerStatus.ACTIVE) {
                    actions.add(new Span("Erasure: withdraw the learner first."));
                } else {
                    var erase = new Button("Erase personal data…", e -> openErase(learner, refreshPage));
                    erase.setId("privacy-erase");
                    actions.add(erase);
                }
            }
        }
        box.add(actions);
        return box;
    }

    private String describe(PrivacyStatus status) {
        if (status.erased()) {
            return "Personal data erased on " + DAY.format(status.erasedAt().atZone(ProgrammeTime.ZONE))
                    + ". Places, attendance and status history stay under this pseudonym for the programme's statistics.";
        }
        var text = new StringBuilder();
        if (status.erasureDueOn() != null) {
            text.append("Retention ends on ")
                    .append(DAY.format(status.erasureDueOn()))
                    .append(" (")
                    .append(period())
                    .append(" after graduation or withdrawal); the learner is erased then unless held.");
        } else {
            text.append("Kept while the learner studies; erased ")
                    .append(period())
                    .append(" after graduation or withdrawal.");
        }
        if (status.held()) {
            text.append(" Under a legal hold since ")
                    .append(DAY.format(status.heldAt().atZone(ProgrammeTime.ZONE)))
                    .append(" (")
                    .append(status.heldBy())
                    .append("): ")
                    .append(status.holdReason());
        }
        return text.toString();
    }

    private String period() {
        var p = privacy.retentionPeriod();
        return p.getMonths() == 0 && p.getDays() == 0 ? p.getYears() + " years" : p.toString();
    }

    private void openHold(LearnerDetails learner, Runnable refreshPage) {
        var dialog = new ReasonDialog(
                "Legal hold: " + learner.fullName(),
                "Place hold",
                "legal hold",
                false,
                new Paragraph(
                        "While the hold lasts, the learner is not erased, by hand or by the retention job. The hold and its reason are audited."));
        dialog.addConfirmListener(e -> Feedback.trySave(
                () -> {
                    privacy.hold(learner.id(), e.reason());
                    dialog.close();
                    Feedback.saved("Legal hold placed.");
                    refreshPage.run();
                },
                dialog::showProblem,
                refreshPage));
        dialog.addCancelListener(e -> dialog.close());
        dialog.open();
    }

    private void openErase(LearnerDetails learner, Runnable refreshPage) {
        var what = new UnorderedList(
                new ListItem("Name and email become “Erased learner " + learner.id()
                        + "” everywhere, the audit trail included;"
                        + " old and new values of those fields in the audit trail become “erased”."),
                new ListItem(
                        "Free text about them (status reasons, attendance notes, extension reasons) becomes “erased”."),
                new ListItem(
                        "Their calendar feed stops working; they no longer appear in searches, the roster or exports,"
                                + " and no notice is sent to them."),
                new ListItem(
                        "Places, attendance marks, extensions and status history stay under the pseudonym for the programme's"
                                + " statistics."));
        var dialog = new ReasonDialog(
                "Erase " + learner.fullName() + "?",
                "Erase for good",
                "erasure",
                true,
                new Paragraph("This cannot be undone. Download the personal data first if it was requested."),
                what);
        dialog.addConfirmListener(e -> Feedback.trySave(
                () -> {
                    privacy.eraseLearner(learner.id(), e.reason());
                    dialog.close();
                    Feedback.saved("The learner's personal data is erased.");
                    refreshPage.run();
                },
                dialog::showProblem,
                refreshPage));
        dialog.addCancelListener(e -> dialog.close());
        dialog.setId("privacy-erase-dialog");
        dialog.open();
    }
}
