package com.cohortdesk.learnerpage.ui;

import com.cohortdesk.learner.LearnerDetails;
import com.cohortdesk.learner.ui.LearnerPageSection;
import com.cohortdesk.learnerpage.IssuedPersonalLink;
import com.cohortdesk.learnerpage.LearnerLinkService;
import com.cohortdesk.learnerpage.PersonalLinkMailer;
import com.cohortdesk.learnerpage.PersonalLinkState;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The learner's personal link on the learner's page (administrators): its state, issue/rotate, revoke,
 * "Send personal link" (by email, through the notices outbox; the address is not shown) and "Open as the learner".
 * The address exists only when issued, so it is shown once, and opening as the learner issues a new one unless
 * this page issued or sent one just now.
 */
@org.springframework.stereotype.Component
class LearnerLinkSection implements LearnerPageSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final LearnerLinkService links;

    LearnerLinkSection(LearnerLinkService links) {
        this.links = links;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public Component create(LearnerDetails learner, Runnable refreshPage) {
        return new Panel(links, learner.id());
    }

    static String describe(PersonalLinkState state, ZoneId zone) {
        if (!state.active()) {
            return state.revokedAt() == null
                    ? "No personal link yet."
                    : "The personal link was revoked on "
                            + WHEN.format(state.revokedAt().atZone(zone)) + ".";
        }
        return "Personal link issued "
                + (state.issuedAt() == null ? "" : WHEN.format(state.issuedAt().atZone(zone)))
                + (state.issuedBy() == null ? "" : " by " + state.issuedBy()) + "; "
                + (state.lastOpenedAt() == null
                        ? "not opened yet."
                        : "last opened " + WHEN.format(state.lastOpenedAt().atZone(zone)) + ".");
    }

    private static final class Panel extends VerticalLayout {

        private final LearnerLinkService links;
        private final long learnerId;
        private final Paragraph state = new Paragraph();
        private final Div shown = new Div();
        private final Button issue = new Button();
        private final Button revoke = new Button("Revoke link", VaadinIcon.BAN.create());
        private @Nullable String lastUrl;

        Panel(LearnerLinkService links, long learnerId) {
            this.links = links;
            this.learnerId = learnerId;
            setPadding(false);
            setId("learner-link");
            state.setId("learner-link-state");
            issue.setId("learner-link-issue");
            issue.addClickListener(e -> {
                var url = PageUrls.baseUrl() + links.issue(learnerId).path();
                show(url, "Personal page address (shown once; copy it now)");
                Feedback.saved("A new personal link was issued; any earlier one no longer works.");
                refresh();
            });
            revoke.setId("learner-link-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClickListener(e -> {
                links.revoke(learnerId);
                lastUrl = null;
                shown.removeAll();
                Feedback.saved("The personal link was revoked.");
                refresh();
            });
            var send = new Button(
                    "Send personal link",
                    VaadinIcon.ENVELOPE.create(),
                    e -> confirmThen(
                            "Send a new personal link?",
                            "Sending issues a new address; the one the learner has now stops working.",
                            this::send));
            send.setId("learner-link-send");
            var open = new Button("Open as the learner", VaadinIcon.EXTERNAL_LINK.create(), e -> openAsLearner());
            open.setId("learner-link-open");
            var actions = new HorizontalLayout(issue, revoke, send, open);
            actions.setWrap(true);
            add(
                    new H3("Personal page"),
                    new Paragraph("The learner's own page, reached by a secret link without a password: their plan, "
                            + "live sessions (booking office hours), deadlines and calendar."),
                    state,
                    shown,
                    actions);
            refresh();
        }

        private void refresh() {
            var current = links.state(learnerId);
            state.setText(describe(current, ProgrammeTime.ZONE));
            issue.setText(current.active() ? "Rotate link" : "Issue link");
            issue.setIcon(current.active() ? VaadinIcon.REFRESH.create() : VaadinIcon.LINK.create());
            revoke.setVisible(current.active());
        }

        private void send() {
            PersonalLinkMailer.Delivery delivery = links.send(learnerId, PageUrls.baseUrl());
            // the address went by email: it is not shown, but kept so that "Open as the learner" opens it without
            // rotating
            lastUrl = delivery.url();
            shown.removeAll();
            var sent = new Paragraph(delivery.message());
            sent.setId("learner-link-sent");
            shown.add(sent);
            Feedback.saved(delivery.message());
            refresh();
        }

        private void openAsLearner() {
            if (lastUrl != null) {
                UI.getCurrent().getPage().open(lastUrl, "_blank");
                return;
            }
            Runnable issueAndOpen = () -> {
                IssuedPersonalLink issued = links.issue(learnerId);
                var url = PageUrls.baseUrl() + issued.path();
                show(url, "Personal page address (shown once; copy it now)");
                refresh();
                UI.getCurrent().getPage().open(url, "_blank");
            };
            if (links.state(learnerId).active()) {
                confirmThen(
                        "Open as the learner?",
                        "Only the address's fingerprint is kept, so opening the page issues a new address; "
                                + "the one the learner has now stops working.",
                        issueAndOpen);
            } else {
                issueAndOpen.run();
            }
        }

        private void confirmThen(String header, String text, Runnable action) {
            var dialog = new ConfirmDialog(header, text, "Continue", e -> action.run());
            dialog.setCancelable(true);
            dialog.setId("learner-link-confirm");
            dialog.open();
        }

        private void show(String url, String label) {
            lastUrl = url;
            shown.removeAll();
            var field = new TextField(label);
            field.setId("learner-link-url");
            field.setValue(url);
            field.setReadOnly(true);
            field.setWidthFull();
            var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
                e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
                Feedback.saved("Copied.");
            });
            var open = new Anchor(url, "Open the page");
            open.setTarget(AnchorTarget.BLANK);
            open.setId("learner-link-anchor");
            shown.add(
                    field,
                    new HorizontalLayout(copy, open),
                    new Paragraph(
                            "Anyone with this address can see the learner's page and book for them: send it only to the learner."));
        }
    }
}
