package com.cohortdesk.notice.ui;

import com.cohortdesk.notice.NoticeDetails;
import com.cohortdesk.notice.NoticeStatus;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;

/**
 * One notice as sent: headers, the text part, the HTML part in a sandboxed iframe ({@code srcdoc}, no scripts,
 * no same origin), and the calendar attachment. For an administrator a failed notice has "Send again", which fires
 * {@link ResendEvent} (the view asks the service); "Close" fires {@link CloseEvent}.
 */
class NoticeDialog extends Dialog {

    NoticeDialog(NoticeDetails d, boolean admin) {
        var row = d.row();
        setHeaderTitle(row.subject());
        setId("notice-dialog");
        setWidth("min(900px, 95vw)");
        var head = new Div(
                new Paragraph("To: " + row.recipientName() + " <" + row.recipientEmail() + "> (times in "
                        + d.recipientZone() + ")"),
                new Paragraph(row.kind().label() + " · " + row.status().name().toLowerCase(Locale.ROOT) + " · tries: "
                        + row.tries()
                        + (row.sentAt() == null ? "" : " · sent " + OutboxView.when(row.sentAt()) + " UK time")),
                new Paragraph("Message-ID: " + d.messageId()
                        + (d.unsubscribable() ? " · with a one-click unsubscribe" : "")));
        if (row.lastError() != null)
            head.add(new Paragraph(
                    (row.status() == NoticeStatus.SUPPRESSED ? "Not sent: " : "Last error: ") + row.lastError()));
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("notice-tabs");
        if (d.text() == null) {
            tabs.add(
                    "Text",
                    new Paragraph("Written when it is sent (reminders and digests use the data of that moment)."));
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
            var resend = new Button("Send again", e -> fireEvent(new ResendEvent(this, row.id())));
            resend.setId("notice-resend");
            resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(resend);
        }
        var close = new Button("Close", e -> fireEvent(new CloseEvent(this)));
        close.setId("notice-close");
        getFooter().add(close);
    }

    Registration addResendListener(ComponentEventListener<ResendEvent> listener) {
        return addListener(ResendEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** An administrator asked to send the failed notice again. */
    static final class ResendEvent extends ComponentEvent<NoticeDialog> {
        private final long noticeId;

        ResendEvent(NoticeDialog source, long noticeId) {
            super(source, false);
            this.noticeId = noticeId;
        }

        long noticeId() {
            return noticeId;
        }
    }

    static final class CloseEvent extends ComponentEvent<NoticeDialog> {
        CloseEvent(NoticeDialog source) {
            super(source, false);
        }
    }
}
