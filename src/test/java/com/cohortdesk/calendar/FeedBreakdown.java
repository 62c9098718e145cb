package com.cohortdesk.calendar;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.springframework.context.ApplicationContext;

/**
 * For the feed benchmark (scripts/feed-benchmark.sh): where the time of one feed request goes, measured in
 * the running application without HTTP, one step at a time, each repeated: the token lookup with the
 * version stamp ({@link FeedServer#head}, all a 304 needs), the stamp's SQL alone ({@link FeedStamps#stamp}),
 * reading the content through the services ({@link FeedReader#read}), writing the iCalendar text
 * ({@link IcsWriter#write}) and encoding it (UTF-8).
 */
public final class FeedBreakdown {

    private FeedBreakdown() {}

    /** Mean milliseconds per step of the feed of {@code token} over {@code rounds} rounds (after as many warm-up rounds). */
    public static String measure(ApplicationContext context, String token, int rounds) {
        var server = context.getBean(FeedServer.class);
        var stamps = context.getBean(FeedStamps.class);
        var reader = context.getBean(FeedReader.class);
        var clock = context.getBean(Clock.class);
        var statistics = context.getBean(EntityManagerFactory.class)
                .unwrap(SessionFactory.class)
                .getStatistics();
        long statements = 0;
        long[] nanos = new long[5];
        int bytes = 0;
        int events = 0;
        for (int round = -rounds; round < rounds; round++) {
            long t0 = System.nanoTime();
            var head =
                    server.head(token, "feed-benchmark").orElseThrow(() -> new IllegalStateException("Unknown token"));
            long t1 = System.nanoTime();
            stamps.stamp(head.subject(), head.subjectId(), FeedWindow.firstDay(clock.instant()));
            long t2 = System.nanoTime();
            long before = statistics.getPrepareStatementCount();
            var calendar = reader.read(head.subject(), head.subjectId(), head.firstDay(), head.lastModified());
            long t3 = System.nanoTime();
            var text = IcsWriter.write(calendar);
            long t4 = System.nanoTime();
            var body = text.getBytes(StandardCharsets.UTF_8);
            long t5 = System.nanoTime();
            if (round < 0) continue;
            statements = statistics.getPrepareStatementCount() - before;
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
            nanos[4] += t5 - t4;
            bytes = body.length;
            events = calendar.events().size();
        }
        // the 304 path alone, back to back (in the rounds above it follows a build and pays for its garbage)
        int heads = rounds * 5;
        long headOnly = System.nanoTime();
        for (int i = 0; i < heads; i++) server.head(token, "feed-benchmark");
        double headAlone = ms(System.nanoTime() - headOnly, heads);
        double head = ms(nanos[0], rounds);
        double build = ms(nanos[2], rounds) + ms(nanos[3], rounds) + ms(nanos[4], rounds);
        return String.format(
                Locale.ROOT,
                """
                  %d events, %,d bytes; mean of %d rounds in the app (no HTTP), one thread:
                    token lookup + version stamp (FeedServer.head, all a 304 does) %7.2f ms
                      of which the stamp's SQL alone (FeedStamps.stamp)           %7.2f ms
                    reading the content through the services (FeedReader.read)     %7.2f ms (%s SQL statements%s)
                    writing the iCalendar text (IcsWriter.write)                   %7.2f ms
                    UTF-8 encoding                                                 %7.2f ms
                    a 200 in all (head + read + write + encode)                    %7.2f ms
                    the 304 path alone, %d times back to back (FeedServer.head)     %7.2f ms
                """,
                events,
                bytes,
                rounds,
                head,
                ms(nanos[1], rounds),
                ms(nanos[2], rounds),
                statistics.isStatisticsEnabled() ? String.valueOf(statements) : "?",
                statistics.isStatisticsEnabled() ? "" : "; statistics off",
                ms(nanos[3], rounds),
                ms(nanos[4], rounds),
                head + build,
                heads,
                headAlone);
    }

    private static double ms(long nanos, int rounds) {
        return nanos / 1_000_000.0 / rounds;
    }
}
