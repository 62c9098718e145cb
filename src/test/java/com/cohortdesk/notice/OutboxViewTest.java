package com.cohortdesk.notice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.notice.ui.OutboxView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox page on the demo data: the demo's notices, filters, one notice as sent, resend, pause; faculty see their own. */
class OutboxViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<OutboxRow> grid() {
        return _get(Grid.class, s -> s.withId("outbox-grid"));
    }

    @Test
    void administratorsSeeTheDemoNoticesFilterThemAndReadOneAsWritten() {
        signIn("admin");
        navigate("outbox");
        NavigatorKt.expectView(OutboxView.class);
        var all = GridKt._size(grid());
        assertThat(all)
                .isEqualTo(jdbc.queryForObject("select count(*) from notice", Long.class)
                        .intValue())
                .isGreaterThan(2);
        _setValue(_get(ComboBox.class, s -> s.withId("outbox-status")), NoticeStatus.SENT);
        assertThat(GridKt._size(grid()))
                .as("nothing is sent without a mail server")
                .isZero();
        _setValue(_get(ComboBox.class, s -> s.withId("outbox-status")), null);
        _setValue(_get(ComboBox.class, s -> s.withId("outbox-kind")), NoticeKind.PERSONAL_LINK);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        _setValue(_get(TextField.class, s -> s.withId("outbox-recipient")), ".invalid");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        var row = GridKt._get(grid(), 0);
        // the demo's personal link to a learner whose address can never receive mail (it fails at its first try)
        assertThat(row.recipientEmail()).endsWith("@mailbox-closed.invalid");
        GridKt._clickItem(grid(), 0);
        assertThat(_get(Pre.class, s -> s.withId("notice-text")).getText()).contains("Here is your personal link");
        _get(TabSheet.class, s -> s.withId("notice-tabs")).setSelectedIndex(1);
        assertThat(_get(IFrame.class, s -> s.withId("notice-html")).getSrcdoc().orElse(""))
                .contains("<p>Dear ");
    }

    @Test
    void administratorsPauseAndResumeSending() {
        signIn("admin");
        navigate("outbox");
        var pause = _get(Button.class, s -> s.withId("outbox-pause"));
        assertThat(pause.getText()).isEqualTo("Pause sending");
        _click(pause);
        assertThat(pause.getText()).isEqualTo("Resume sending");
        assertThat(jdbc.queryForObject("select val from notice_setting where name = 'dispatch.paused'", String.class))
                .isEqualTo("true");
        _click(pause);
        assertThat(pause.getText()).isEqualTo("Pause sending");
    }

    @Test
    void facultySeeOnlyTheNoticesOfTheirOwnSessionsAndOfferings() {
        signIn("ada");
        navigate("outbox");
        long ada = jdbc.queryForObject("select id from staff_user where username = 'ada'", Long.class);
        var expected = jdbc.queryForObject("""
                select count(*) from notice where host_id = ? or staff_id = ?
                  or offering_id in (select offering_id from offering_lead where staff_user_id = ?)""", Long.class, ada, ada, ada);
        assertThat(GridKt._size(grid())).isEqualTo(expected.intValue());
        assertThat(jdbc.queryForObject("select count(*) from notice", Long.class))
                .isGreaterThan(expected);
        assertThat(LocatorJ._find(Button.class, s -> s.withId("outbox-pause"))).isEmpty();
    }

    /** What the grid's data provider returns for a query with this offset and limit (as the grid's scrolling asks). */
    @SuppressWarnings("unchecked")
    private List<String> fetch(int offset, int limit) {
        var provider = (DataProvider<OutboxRow, Object>) grid().getDataProvider();
        return provider.fetch(new Query<>(offset, limit, List.of(), null, null))
                .map(OutboxRow::recipientName)
                .toList();
    }

    @Test
    void scrollingPastTheFirstPageAtAnOffsetThatIsNotAMultipleOfTheLimitShowsExactlyThoseRows() {
        var created = Instant.parse("2026-11-20T09:00:00Z");
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < 75; i++) {
            var at = Timestamp.from(created.plusSeconds(60L * i));
            rows.add(new Object[] {
                "scroll-probe-" + i + "@learners.example.org", "Scroll Probe " + i, Notice.newMessageId(), at, at
            });
        }
        jdbc.batchUpdate("""
                insert into notice (kind, recipient_email, recipient_name, recipient_zone, subject, cause_type, status, tries, message_id,
                    next_attempt_at, created_at, version)
                values ('PERSONAL_LINK', ?, ?, 'Europe/London', 'Scroll probe', 'TEST', 'PENDING', 0, ?, ?, ?, 0)""", rows);
        try {
            signIn("admin");
            navigate("outbox");
            _setValue(_get(TextField.class, s -> s.withId("outbox-recipient")), "scroll-probe");
            assertThat(GridKt._size(grid())).isEqualTo(75);
            var newestFirst = jdbc.queryForList(
                    "select recipient_name from notice where recipient_email like 'scroll-probe-%' "
                            + "order by created_at desc, id desc",
                    String.class);
            // the grid's data provider asked for rows 53 to 102 (limit 50, offset 53): rows 53 to 74
            assertThat(fetch(53, 50)).isEqualTo(newestFirst.subList(53, 75));
            // and a window inside the first page that starts off its boundary
            assertThat(fetch(7, 20)).isEqualTo(newestFirst.subList(7, 27));
            // the grid itself, scrolled to the end
            assertThat(GridKt._get(grid(), 74).recipientName()).isEqualTo(newestFirst.get(74));
        } finally {
            jdbc.update("delete from notice where recipient_email like 'scroll-probe-%'");
        }
    }
}
