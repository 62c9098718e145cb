package com.cohortdesk.notice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.notice.NoticeDetails;
import com.cohortdesk.notice.NoticeKind;
import com.cohortdesk.notice.NoticeStatus;
import com.cohortdesk.notice.OutboxRow;
import com.cohortdesk.ui.FormTesting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notice dialog on its own, without Spring or a browser: it shows the notice and leaves the resend to the view. */
class NoticeDialogTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T09:00:00Z");

    private static NoticeDetails notice(NoticeStatus status) {
        var row = new OutboxRow(
                42,
                NoticeKind.OCCURRENCE_MOVED,
                "Priya Nair",
                "priya.nair@example.org",
                "Your session moved",
                "OCCURRENCE",
                7L,
                status,
                3,
                CREATED,
                CREATED,
                null,
                status == NoticeStatus.FAILED ? "550 mailbox unavailable" : null);
        return new NoticeDetails(
                row,
                "<42@cohortdesk.example>",
                "Asia/Kolkata",
                "Your session moved to Thursday.",
                "<p>Your session moved to <b>Thursday</b>.</p>",
                null,
                false);
    }

    private final List<Long> resent = new ArrayList<>();
    private int closed;

    private NoticeDialog dialog(NoticeStatus status, boolean admin) {
        var dialog = new NoticeDialog(notice(status), admin);
        dialog.addResendListener(e -> resent.add(e.noticeId()));
        dialog.addCloseListener(e -> closed++);
        return dialog;
    }

    @Test
    void anAdministratorAsksToResendAFailedNotice() {
        var dialog = dialog(NoticeStatus.FAILED, true);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Your session moved");
        FormTesting.byId(dialog, Button.class, "notice-resend").click();
        assertThat(resent).containsExactly(42L);
        assertThat(closed).isZero();
    }

    @Test
    void theHtmlPartIsSandboxed() {
        var tabs = FormTesting.byId(dialog(NoticeStatus.SENT, true), TabSheet.class, "notice-tabs");
        tabs.setSelectedIndex(1);
        var html = (IFrame) tabs.getComponent(tabs.getSelectedTab());
        assertThat(html.getId()).hasValue("notice-html");
        assertThat(html.getSrcdoc())
                .hasValueSatisfying(srcdoc -> assertThat(srcdoc).contains("<b>Thursday</b>"));
        assertThat(html.getSandbox())
                .hasValueSatisfying(sandbox -> assertThat(sandbox).containsExactly(IFrame.SandboxType.RESTRICT_ALL));
    }

    @Test
    void noResendForASentNoticeOrForFacultyAndCloseFiresClose() {
        assertThat(FormTesting.has(dialog(NoticeStatus.SENT, true), "notice-resend"))
                .isFalse();
        var facultys = dialog(NoticeStatus.FAILED, false);
        assertThat(FormTesting.has(facultys, "notice-resend")).isFalse();
        FormTesting.byId(facultys, Button.class, "notice-close").click();
        assertThat(closed).isOne();
        assertThat(resent).isEmpty();
    }
}
