package com.cohortdesk.benchmark;

import com.cohortdesk.learner.LearnerService;
import com.cohortdesk.session.SessionRosterService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Adds the scale benchmark's data set (100,000 learners in 40 cohorts, their places, sessions with attendance for every
 * past occurrence, assessments) to a PostgreSQL database that already holds the demo data, for the load test on a
 * cluster ({@code CLUSTER_DATA=scale scripts/cluster.sh up}). The database is {@code COHORTDESK_BENCH_PG_URL}; the demo
 * administrator {@code admin} recounts the dashboard's kept figures afterwards. Not a test.
 */
public final class ScaleData {

    private static final long SEED = 20261125L;

    private ScaleData() {
    }

    public static void main(String[] args) throws Exception {
        int learners = List.of(args).stream().filter(a -> a.startsWith("--learners=")).findFirst()
                .map(a -> Integer.parseInt(a.substring("--learners=".length()))).orElse(100_000);
        long started = System.nanoTime();
        try (var context = RosterBenchmark.start(true, false, List.of())) {
            var dataSource = context.getBean(DataSource.class);
            var cohortIds = RosterBenchmark.existingCohorts(dataSource);
            if (!cohortIds.isEmpty()) {
                System.out.println("The scale data set is there already (" + cohortIds.size() + " cohorts): nothing added");
                return;
            }
            cohortIds = BenchmarkData.fill(dataSource, learners, SEED);
            var places = EnrollmentData.fill(dataSource, cohortIds, SEED);
            var filled = DashboardData.fill(dataSource, cohortIds, LocalDate.now(ZoneId.of("Europe/London")), SEED);
            var admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            context.getBean(LearnerService.class).recountStatuses();
            context.getBean(SessionRosterService.class).recountAttendance();
            RosterBenchmark.analyze(dataSource);
            System.out.printf("Added %,d learners in %d cohorts, %,d places, %,d occurrences, %,d attendance rows in %.0f s%n", learners,
                    cohortIds.size(), places.enrollments(), filled.occurrences(), filled.attendance(), (System.nanoTime() - started) / 1e9);
        }
    }
}
