package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** "Needs attention", the charts and "My week" on the demo data (rolled back after each test). */
@IntegrationTest
@Transactional
class DashboardServiceIT {

    @Autowired DashboardService dashboard;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void demoDataNeedsAttention() {
        signIn("admin");
        var report = dashboard.needsAttention();
        report.items().forEach(i -> System.out.println("ITEM " + i));
        for (var kind : AttentionKind.values()) {
            dashboard.attentionRows(kind, null).forEach(r -> System.out.println("ROW " + kind + " " + r));
        }
        assertThat(report.items()).isNotEmpty();
    }
}
