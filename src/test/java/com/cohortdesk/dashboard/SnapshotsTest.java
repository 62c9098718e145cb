package com.cohortdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SnapshotsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger computed = new AtomicInteger();
    private final List<String> computedAs = new ArrayList<>();

    private Snapshots<String, String> snapshots(Duration maxAge) {
        return new Snapshots<>(
                key -> {
                    var auth = SecurityContextHolder.getContext().getAuthentication();
                    computedAs.add(auth == null ? "nobody" : auth.getName());
                    return key + "#" + computed.incrementAndGet();
                },
                maxAge,
                Duration.ofMinutes(15),
                nanos::get);
    }

    private void signIn(String name) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFigureYoungerThanTheMaximumAgeIsReadNotComputed() {
        var kept = snapshots(Duration.ofMinutes(2));
        assertThat(kept.get("programme")).isEqualTo("programme#1");
        pass(Duration.ofSeconds(119));
        assertThat(kept.get("programme")).isEqualTo("programme#1");
        assertThat(kept.get("cohort 3")).as("each key its own").isEqualTo("cohort 3#2");
        pass(Duration.ofSeconds(1));
        assertThat(kept.get("programme")).as("two minutes old: computed again").isEqualTo("programme#3");
    }

    @Test
    void aMaximumAgeOfZeroComputesOnEveryRead() {
        var none = snapshots(Duration.ZERO);
        assertThat(List.of(none.get("p"), none.get("p"), none.recompute("p"))).containsExactly("p#1", "p#2", "p#3");
        assertThat(none.refreshRecent()).isZero();
    }

    @Test
    void refreshComputesNowAndKeepsTheResultForTheNextReaders() {
        var kept = snapshots(Duration.ofMinutes(2));
        kept.get("programme");
        assertThat(kept.recompute("programme")).isEqualTo("programme#2");
        assertThat(kept.get("programme")).isEqualTo("programme#2");
    }

    @Test
    void theBackgroundRefreshRecomputesWhatWasReadRecentlyAsItsLastReaderAndDropsTheRest() {
        var kept = snapshots(Duration.ofMinutes(2));
        signIn("ada-admin");
        kept.get("programme");
        signIn("ben-admin");
        kept.get("cohort 3");
        pass(Duration.ofMinutes(10));
        kept.get("programme"); // computed again at 10 min, read by ben now
        SecurityContextHolder.clearContext();
        computedAs.clear();

        pass(Duration.ofMinutes(6)); // "programme" read 6 min ago, "cohort 3" 16 min ago
        assertThat(kept.refreshRecent()).isEqualTo(1);
        assertThat(computedAs).containsExactly("ben-admin");
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("the refresh leaves its thread as it was")
                .isNull();
        int before = computed.get();
        assertThat(kept.get("programme")).as("fresh: read, not computed").isEqualTo("programme#" + before);
        assertThat(kept.get("cohort 3")).as("dropped: computed again").isEqualTo("cohort 3#" + (before + 1));
    }
}
