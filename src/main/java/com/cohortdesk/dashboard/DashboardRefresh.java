package com.cohortdesk.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the administrator's figures fresh on this node: every {@code cohortdesk.dashboard.refresh-interval} (1 minute,
 * less than the 2-minute maximum age) it recomputes the figures someone read in the last 15 minutes, so a page view
 * reads them. Nothing is kept when the maximum age is zero (the tests), so there is nothing to do.
 */
@Configuration
@EnableScheduling
class DashboardRefresh {

    private static final Logger log = LoggerFactory.getLogger(DashboardRefresh.class);

    private final DashboardService dashboard;

    DashboardRefresh(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Scheduled(
            initialDelayString = "${cohortdesk.dashboard.refresh-interval:1m}",
            fixedDelayString = "${cohortdesk.dashboard.refresh-interval:1m}")
    void refresh() {
        long started = System.nanoTime();
        try {
            int sets = dashboard.refreshRecent();
            if (sets > 0)
                log.debug(
                        "Recomputed {} sets of dashboard figures in {} ms",
                        sets,
                        (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not recompute the dashboard figures: {}", e.toString());
        }
    }
}
