package com.cohortdesk.notice.ui;

import com.cohortdesk.notice.NoticeDetails;
import com.cohortdesk.notice.NoticeStatus;
import com.cohortdesk.notice.OutboxService;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Locale;

/**
 * One notice as sent: headers, the text part, the HTML part in a sandboxed iframe ({@code srcdoc}, no scripts,
 * no same origin), and the calendar attachment. Administrators resend a failed notice from here.
 */
class NoticeDialog extends Dialog {

    NoticeDialog(OutboxService outbox, long id, boolean admin, Runnable afterResend) {
        NoticeDetails d = outbox.get(id);
        var row = d.row();
        setHeaderTitle(row.subject());
        setId("notice-dialog");
        setWidth("min(900px, 95vw)");
        var head = new Div(
                new Paragraph("To: " + row.recipientName() + " <" + row.recipientEmail() + "> (times in " + d.recipientZone() + ")"),
                new Paragraph(row.kind().label() + " · " + row.status().name().toLowerCase(Locale.ROOT) + " · tries: " + row.tries()
                        + (row.sentAt() == null ? "" : " · sent " + OutboxView.when(row.sentAt()) + " UK time")),
                new Paragraph("Message-ID: " + d.messageId() + (d.unsubscribable() ? " · with a one-click unsubscribe" : "")));
        if (row.lastError() != null) head.add(new Paragraph((row.status() == NoticeStatus.SUPPRESSED ? "Not sent: " : "Last error: ")
                + row.lastError()));
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("notice-tabs");
        if (d.text() == null) {
            tabs.add("Text", new Paragraph("Written when it is sent (reminders and digests use the data of that moment)."));
        } else {
            var text = new Pre(d.text());
            text.setId("notice-text");
            text.getStyle().set("white-space", "pre-wrap");
            tabs.add("Text", text);
            var html = new IFrame();
            html.setId("notice-html");
            html.setSrcdoc(d.html() == null ? "" : d.html());
            html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
            html.setWidthFull();
            html.setHeight("420px");
            html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
            tabs.add("HTML", html);
        }
        if (d.ics() != null) {
            var ics = new Pre(d.ics());
            ics.setId("notice-ics");
            tabs.add("Calendar (.ics)", ics);
        }
        add(head, tabs);
        if (admin && row.status() == NoticeStatus.FAILED) {
            var resend = new Button("Send again", e -> {
                outbox.resend(id);
                Feedback.saved("The notice will be sent again.");
                afterResend.run();
                close();
            });
            resend.setId("notice-resend");
            resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(resend);
        }
        getFooter().add(new Button("Close", e -> close()));
    }
}
