package com.cohortdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.IntegrationTest;
import com.cohortdesk.dashboard.DashboardService;
import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerRow;
import com.cohortdesk.learner.LearnerService;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The cluster's scale data (scripts/cluster.sh, CLUSTER_DATA=scale) added next to the demo data, here 400 learners on a
 * database of its own (the fill commits, and the other tests count the demo's learners): intake years that do not
 * collide with the demo's, and the figures the services keep in their writing transactions (dashboard counters, search
 * words, cohort name, end days) in step with the raw rows, as the dashboard and the roster show them. On H2 only: a
 * PostgreSQL run shares one database between the tests.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:scale-data;DB_CLOSE_DELAY=-1")
@DisabledIfSystemProperty(named = "test.db", matches = "postgres")
class ScaleDataIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LearnerService learners;

    @Autowired
    DashboardService dashboard;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theScaleDataSitsBesideTheDemoDataWithItsFiguresInStep() throws Exception {
        long demoLearners = jdbc.queryForObject("select count(*) from learner", Long.class);
        long demoPlaces = jdbc.queryForObject("select count(*) from enrollment", Long.class);
        assertThat(jdbc.queryForList("select intake_year from cohort order by 1", Integer.class))
                .containsExactly(2023, 2024, 2025, 2026);

        var filled = ScaleData.fill(dataSource, 400);

        // 40 cohorts counted backwards from the demo's first intake, each a finished cohort with the proposed terms
        assertThat(filled).isNotNull();
        assertThat(filled.firstIntake()).isEqualTo(1983);
        assertThat(filled.lastIntake()).isEqualTo(2022);
        assertThat(jdbc.queryForObject(
                        "select count(*) from cohort where intake_year between 1983 and 2022 and status = 'COMPLETED'",
                        Long.class))
                .isEqualTo(40L);
        assertThat(jdbc.queryForObject("select count(*) from cohort", Long.class))
                .isEqualTo(44L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from cohort_term t join cohort c on c.id = t.cohort_id where c.intake_year < 2023",
                        Long.class))
                .isEqualTo(240L);
        assertThat(jdbc.queryForObject("select count(*) from learner", Long.class))
                .isEqualTo(demoLearners + 400);
        // finished cohorts: mostly graduates, whose places are all completed
        var byStatus = jdbc.queryForMap("""
                select sum(case when l.status = 'GRADUATED' then 1 else 0 end) as graduated, count(*) as total
                from learner l join cohort c on c.id = l.cohort_id where c.intake_year < 2023""");
        assertThat(((Number) byStatus.get("GRADUATED")).longValue())
                .isGreaterThan(((Number) byStatus.get("TOTAL")).longValue() / 2);
        assertThat(filled.enrollments())
                .isEqualTo((int) (jdbc.queryForObject("select count(*) from enrollment", Long.class) - demoPlaces));
        assertThat(jdbc.queryForObject("""
                        select count(*) from enrollment e join learner l on l.id = e.learner_id
                        where l.status = 'GRADUATED' and e.status <> 'COMPLETED'""", Long.class)).isZero();
        // the demo's catalogue serves the new offerings (no second MLDS101)
        assertThat(jdbc.queryForObject("select count(*) from programme_module", Long.class))
                .isEqualTo(12L);

        // kept figures equal the raw rows: learners per cohort and status, marks, search words, cohort names, end days
        assertThat(ScaleData.mismatches(jdbc)).isEmpty();
        assertThat(jdbc.queryForObject("""
                        select count(*) from learner l join cohort_term t on t.cohort_id = l.cohort_id and t.term_no = 6
                        where l.status = 'GRADUATED' and l.ended_on = t.ends_on""", Long.class)).isEqualTo(((Number) byStatus.get("GRADUATED")).longValue());

        signIn("admin");
        // the dashboard's chart "learners per cohort by status" adds up to every learner
        var chart = dashboard.charts(null).charts().getFirst();
        assertThat(chart.series().stream()
                        .flatMap(series -> series.values().stream())
                        .mapToDouble(v -> v == null ? 0 : v)
                        .sum())
                .isEqualTo((double) demoLearners + 400);
        // the roster finds a new learner by the start of a name word and of the email, and the demo's too
        Map<String, Object> someone = jdbc.queryForMap("""
                select l.id, l.full_name, l.email from learner l join cohort c on c.id = l.cohort_id
                where c.intake_year = 1999 order by l.id fetch first 1 rows only""");
        var name = ((String) someone.get("FULL_NAME")).split(" ");
        var query = name[name.length - 1].substring(0, 3) + " "
                + ((String) someone.get("EMAIL")).substring(0, 2).toLowerCase(Locale.ROOT);
        assertThat(learners.roster(new LearnerFilter(query, null, null, null, null), page()))
                .extracting(LearnerRow::id)
                .contains(((Number) someone.get("ID")).longValue());
        var demoOne = jdbc.queryForMap("select id, email from learner where email like '%@learners.example.org' "
                + "order by id fetch first 1 rows only");
        assertThat(learners.roster(new LearnerFilter((String) demoOne.get("EMAIL"), null, null, null, null), page()))
                .extracting(LearnerRow::id)
                .containsExactly(((Number) demoOne.get("ID")).longValue());

        // a second run (CLUSTER_KEEP_DB) adds nothing
        assertThat(ScaleData.fill(dataSource, 400)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from learner", Long.class))
                .isEqualTo(demoLearners + 400);
    }

    private static PageRequest page() {
        return PageRequest.of(0, 200, Sort.by("fullName"));
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
