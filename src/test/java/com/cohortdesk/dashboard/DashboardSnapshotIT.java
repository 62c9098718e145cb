package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import java.sql.Timestamp;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator's figures as the running application keeps them (the other tests turn the keeping off): a page
 * view reads the kept report, "Refresh" computes it now, and the background refresh recomputes it as its last reader.
 */
@IntegrationTest
@TestPropertySource(properties = {"cohortdesk.dashboard.max-age=10m", "cohortdesk.dashboard.refresh-interval=1h"})
class DashboardSnapshotIT {

    @Autowired
    DashboardService dashboard;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long sessionId;
    private String link = "";

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOutAndRestore() {
        SecurityContextHolder.clearContext();
        if (sessionId != 0) jdbc.update("update live_session set meeting_link = ? where id = ?", link, sessionId);
    }

    private long withoutLink(AttentionReport report) {
        return report.items().stream()
                .filter(i -> i.kind().equals(AttentionKind.SESSION_NO_LINK.key()))
                .mapToLong(AttentionItem::count)
                .sum();
    }

    @Test
    void aPageViewReadsTheKeptFiguresRefreshComputesThemAndTheBackgroundRefreshRunsAsTheLastReader() throws Exception {
        signIn("admin");
        var first = dashboard.refreshNeedsAttention();
        assertThat(dashboard.needsAttention())
                .as("the kept report, not a new one")
                .isSameAs(first);
        var charts = dashboard.charts(null);
        assertThat(dashboard.charts(null)).isSameAs(charts);

        // a session of the next 7 days loses its meeting link behind the service's back
        sessionId = jdbc.queryForObject(
                """
                select min(s.id) from live_session s join session_occurrence o on o.session_id = s.id
                where o.starts_at > ? and o.starts_at < ? and o.status = 'SCHEDULED' and trim(s.meeting_link) <> ''""",
                Long.class,
                Timestamp.from(first.computedAt()),
                Timestamp.from(first.computedAt().plus(DashboardService.SESSION_HORIZON)));
        link = jdbc.queryForObject("select meeting_link from live_session where id = ?", String.class, sessionId);
        jdbc.update("update live_session set meeting_link = '' where id = ?", sessionId);
        assertThat(withoutLink(dashboard.needsAttention()))
                .as("still the kept figure")
                .isEqualTo(withoutLink(first));
        var refreshed = dashboard.refreshNeedsAttention();
        assertThat(withoutLink(refreshed)).isGreaterThan(withoutLink(first));
        assertThat(dashboard.needsAttention()).isSameAs(refreshed);

        // the background refresh has no signed-in user: it computes as the last reader (method security applies)
        SecurityContextHolder.clearContext();
        try (var background = Executors.newSingleThreadExecutor()) {
            assertThat(background.submit(dashboard::refreshRecent).get())
                    .as("the report and the charts of every cohort")
                    .isEqualTo(2);
        }
        signIn("admin");
        assertThat(dashboard.needsAttention())
                .isNotSameAs(refreshed)
                .satisfies(r -> assertThat(withoutLink(r)).isEqualTo(withoutLink(refreshed)));
        assertThat(dashboard.charts(null)).isNotSameAs(charts);
    }
}
