package com.cohortdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.Application;
import com.cohortdesk.TestProfiles;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application contexts (two "nodes") on ONE database dispatch 1,000 notices at once, two dispatcher
 * threads each: every notice arrives at GreenMail exactly once, with its own Message-ID, and both nodes sent
 * some. Both nodes use the integration tests' database: on H2 the in-memory database of this JVM (named, kept
 * open), with {@code -Ppostgres} the PostgreSQL test database; {@code FOR UPDATE SKIP LOCKED} on both.
 */
class ClusterDispatchIT {

    static final int NOTICES = 1000;

    @RegisterExtension
    static final GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles(new TestProfiles().resolve(ClusterDispatchIT.class))
                .run(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=3027",
                        "--cohortdesk.notices.jobs=false",
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
    }

    @Test
    void twoNodesSendEachOfAThousandNoticesExactlyOnce() throws Exception {
        try (var first = node();
                var second = node()) {
            var jdbc = first.getBean(JdbcTemplate.class);
            // what the demo data or earlier tests left pending goes out first, so that only the thousand are due
            first.getBean(NoticeDispatcher.class).dispatchAll();
            second.getBean(NoticeDispatcher.class)
                    .dispatchAll(); // nothing left: warms the second node's path as the first's
            var runId = Long.toString(System.nanoTime(), 36);
            var now = Timestamp.from(Instant.parse("2026-11-25T12:00:00Z"));
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < NOTICES; i++) {
                rows.add(new Object[] {
                    "cluster-" + runId + "-" + i + "@learners.example.org",
                    "Learner " + i,
                    "Cluster notice " + i,
                    "Dear learner " + i + ",\n",
                    "<p>Dear learner " + i + ",</p>",
                    Notice.newMessageId(),
                    now,
                    now
                });
            }
            jdbc.batchUpdate("""
                    insert into notice (kind, recipient_email, recipient_name, recipient_zone, subject, body_text, body_html, cause_type,
                        status, tries, message_id, next_attempt_at, created_at, version)
                    values ('PERSONAL_LINK', ?, ?, 'Europe/London', ?, ?, ?, 'TEST', 'PENDING', 0, ?, ?, ?, 0)
                    """, rows);
            mail.reset();

            var dispatchers = List.of(
                    first.getBean(NoticeDispatcher.class),
                    first.getBean(NoticeDispatcher.class),
                    second.getBean(NoticeDispatcher.class),
                    second.getBean(NoticeDispatcher.class));
            var pool = Executors.newFixedThreadPool(dispatchers.size());
            var futures = new ArrayList<Future<Integer>>();
            // all four start together: without per-notice audit rows a dispatcher that starts first can drain the
            // thousand alone
            var start = new CyclicBarrier(dispatchers.size());
            for (var dispatcher : dispatchers)
                futures.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return dispatcher.dispatchAll();
                }));
            var handled = new ArrayList<Integer>();
            for (var f : futures) handled.add(f.get());
            pool.shutdown();

            assertThat(handled.stream().mapToInt(Integer::intValue).sum()).isEqualTo(NOTICES);
            assertThat(handled.get(0) + handled.get(1))
                    .as("the first node sent some")
                    .isPositive();
            assertThat(handled.get(2) + handled.get(3))
                    .as("the second node sent some")
                    .isPositive();
            assertThat(jdbc.queryForObject(
                            "select count(*) from notice where recipient_email like ? and status = 'SENT' and tries = 1",
                            Long.class,
                            "cluster-" + runId + "-%"))
                    .isEqualTo(NOTICES);

            var perRecipient = new HashMap<String, Integer>();
            var messageIds = new HashMap<String, Integer>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                var to = m.getAllRecipients()[0].toString();
                if (!to.contains("cluster-" + runId + "-")) continue;
                perRecipient.merge(to, 1, Integer::sum);
                messageIds.merge(m.getMessageID(), 1, Integer::sum);
            }
            assertThat(perRecipient).hasSize(NOTICES);
            assertThat(perRecipient.values()).allMatch(n -> n == 1);
            assertThat(messageIds).hasSize(NOTICES);
            var stored = jdbc.queryForList(
                    "select message_id from notice where recipient_email like ?",
                    String.class,
                    "cluster-" + runId + "-%");
            assertThat(messageIds.keySet()).containsExactlyInAnyOrderElementsOf(stored);
        }
    }
}
