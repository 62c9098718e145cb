package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cohortdesk.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

/** The extension point: lines of other features' {@link NeedsAttentionSource} beans join the panel (with a count only). */
class NeedsAttentionSourceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private DashboardService service(NeedsAttentionSource... sources) {
        var queries = mock(AttentionQueries.class);
        when(queries.sessions(any(), any())).thenReturn(List.of());
        when(queries.deadlines(any(), any())).thenReturn(List.of());
        when(queries.count(any(), any(), any(), any())).thenReturn(Map.of());
        var beans = new StaticListableBeanFactory();
        for (int i = 0; i < sources.length; i++) beans.addBean("source" + i, sources[i]);
        return new DashboardService(
                queries,
                mock(ChartQueries.class),
                mock(MyWeekQueries.class),
                mock(CurrentUser.class),
                beans.getBeanProvider(NeedsAttentionSource.class),
                clock,
                mock(PlatformTransactionManager.class),
                50,
                4,
                3,
                Duration.ZERO,
                Duration.ZERO);
    }

    @Test
    void nothingAnywhereIsAnEmptyReportWithTheTimeItWasComputed() {
        var report = service().needsAttention();
        assertThat(report.nothing()).isTrue();
        assertThat(report.computedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aContributedLineWithACountIsShownAndOneWithoutIsNot() {
        NeedsAttentionSource notices = now -> List.of(
                new AttentionItem("notices-failed", "Notices that failed to send", 3, "notices?status=FAILED"),
                new AttentionItem("notices-bounced", "Bounced notices", 0, "notices?status=BOUNCED"));
        var report = service(notices).needsAttention();
        assertThat(report.items())
                .containsExactly(
                        new AttentionItem("notices-failed", "Notices that failed to send", 3, "notices?status=FAILED"));
    }
}
