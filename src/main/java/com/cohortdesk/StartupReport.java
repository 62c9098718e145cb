package com.cohortdesk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;

/**
 * Where the start-up time goes: with {@code -Dcohortdesk.startup-report=true} the application records Spring's
 * start-up steps ({@link BufferingApplicationStartup}) and, once ready, logs the slowest bean instantiations and the
 * time per step name. Off by default (recording costs a little); not exposed over HTTP.
 */
final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final BufferingApplicationStartup startup;

    private StartupReport(BufferingApplicationStartup startup) {
        this.startup = startup;
    }

    static void installIfRequested(SpringApplication application) {
        if (!Boolean.getBoolean("cohortdesk.startup-report")) return;
        var startup = new BufferingApplicationStartup(50_000);
        application.setApplicationStartup(startup);
        application.addListeners(new StartupReport(startup));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var timeline = startup.getBufferedTimeline();
        log.info(
                "Start-up report: JVM to ready {} ms, Spring context {} ms",
                event.getTimeTaken().toMillis(),
                Duration.between(timeline.getStartTime(), Instant.now()).toMillis());
        for (var line : lines(timeline.getEvents(), 30)) log.info("Start-up report: {}", line);
    }

    /** The slowest single steps (their time includes their children), then the total per step name. */
    static List<String> lines(List<StartupTimeline.TimelineEvent> events, int top) {
        var lines = new ArrayList<String>();
        events.stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                        .reversed())
                .limit(top)
                .forEach(e -> lines.add("%6d ms  %s %s"
                        .formatted(
                                e.getDuration().toMillis(), e.getStartupStep().getName(), tags(e))));
        Map<String, Duration> byName = new LinkedHashMap<>();
        for (var e : events) byName.merge(e.getStartupStep().getName(), e.getDuration(), Duration::plus);
        byName.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> lines.add("%6d ms  total of %s (nested steps counted in each)"
                        .formatted(e.getValue().toMillis(), e.getKey())));
        return lines;
    }

    private static String tags(StartupTimeline.TimelineEvent event) {
        var tags = new StringBuilder();
        event.getStartupStep()
                .getTags()
                .forEach(t ->
                        tags.append(t.getKey()).append('=').append(t.getValue()).append(' '));
        return tags.toString().trim();
    }
}
