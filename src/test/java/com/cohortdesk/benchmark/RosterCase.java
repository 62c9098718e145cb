package com.cohortdesk.benchmark;

import com.cohortdesk.learner.LearnerFilter;
import com.cohortdesk.learner.LearnerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One roster page fetch of the benchmark: a filter, a sort and a page of 50 (the grid's page size). */
record RosterCase(String label, LearnerFilter filter, PageRequest page) {

    static final int PAGE_SIZE = 50;
    private static final String[] SORTS = {"", "fullName", "email", "cohortName", "country", "status", "timeZone"};
    private static final int[] PAGES = {0, 0, 0, 0, 0, 3, 3, 3, 20, 20};

    /** A deterministic mix of filters, sorts and page depths; texts are taken from the learners' names and emails. */
    static List<RosterCase> mix(int count, long seed, List<Long> cohortIds, List<String[]> namesAndEmails) {
        var random = new Random(seed);
        var cases = new ArrayList<RosterCase>();
        for (int i = 0; i < count; i++) {
            var kind = i % 10;
            String text = null;
            Long cohort = null;
            String country = null;
            LearnerStatus status = null;
            String zone = null;
            var place = BenchmarkData.PLACES.get(random.nextInt(BenchmarkData.PLACES.size()));
            switch (kind) {
                case 0 -> {}
                case 1 -> cohort = pick(random, cohortIds);
                case 2 -> status = pick(random, List.of(LearnerStatus.values()));
                case 3 -> country = place[0];
                case 4 -> zone = place[1];
                case 5 -> text = text(random, namesAndEmails);
                case 6 -> {
                    cohort = pick(random, cohortIds);
                    status = LearnerStatus.ACTIVE;
                }
                case 7 -> {
                    country = place[0];
                    status = pick(random, List.of(LearnerStatus.values()));
                }
                case 8 -> {
                    text = text(random, namesAndEmails);
                    cohort = random.nextBoolean() ? pick(random, cohortIds) : null;
                }
                default -> {
                    cohort = pick(random, cohortIds);
                    zone = place[1];
                }
            }
            var column = SORTS[random.nextInt(SORTS.length)];
            var sort = column.isEmpty()
                    ? Sort.unsorted()
                    : Sort.by(random.nextBoolean() ? Sort.Direction.ASC : Sort.Direction.DESC, column);
            var page = PageRequest.of(PAGES[random.nextInt(PAGES.length)], PAGE_SIZE, sort);
            var filter = new LearnerFilter(text, cohort, country, status, zone);
            cases.add(new RosterCase(label(filter, page), filter, page));
        }
        cases.addAll(slowCases());
        cases.addAll(sweep(cohortIds.getFirst()));
        return cases;
    }

    /**
     * Every combination the page offers, once each: every set of filters (search, cohort, status, country, zone: 32)
     * with every sort column both ways and the default order, on the first page and page 20 (832 fetches). The values
     * are the largest of each kind: GRADUATED (most learners), GB and Europe/London (the most common place), a common
     * name start.
     */
    static List<RosterCase> sweep(long cohortId) {
        var cases = new ArrayList<RosterCase>();
        for (int set = 0; set < 32; set++) {
            var filter = new LearnerFilter(
                    (set & 1) != 0 ? "Den" : null,
                    (set & 2) != 0 ? cohortId : null,
                    (set & 4) != 0 ? "GB" : null,
                    (set & 8) != 0 ? LearnerStatus.GRADUATED : null,
                    (set & 16) != 0 ? "Europe/London" : null);
            for (var column : SORTS) {
                for (var direction :
                        column.isEmpty() ? List.of(Sort.Direction.ASC) : List.of(Sort.Direction.values())) {
                    var sort = column.isEmpty() ? Sort.unsorted() : Sort.by(direction, column);
                    for (int page : new int[] {0, 20}) {
                        var request = PageRequest.of(page, PAGE_SIZE, sort);
                        cases.add(new RosterCase(label(filter, request), filter, request));
                    }
                }
            }
        }
        return cases;
    }

    /**
     * The combinations that were slowest (issue #15), always measured: the status most learners share (GRADUATED) sorted
     * by every other column both ways, first and deep pages; and word-prefix searches of common surname starts sorted by
     * another column (the slowest on PostgreSQL).
     */
    static List<RosterCase> slowCases() {
        var cases = new ArrayList<RosterCase>();
        for (var column : List.of("email", "cohortName", "country", "timeZone", "fullName")) {
            for (var direction : Sort.Direction.values()) {
                for (int page : new int[] {0, 20}) {
                    var filter = new LearnerFilter(null, null, null, LearnerStatus.GRADUATED, null);
                    var request = PageRequest.of(page, PAGE_SIZE, Sort.by(direction, column));
                    cases.add(new RosterCase(label(filter, request), filter, request));
                }
            }
        }
        var directions = Sort.Direction.values();
        int i = 0;
        for (var text : List.of("McGlynn", "Den", "Orn")) {
            for (var column : List.of("country", "email", "cohortName", "timeZone", "status")) {
                var filter = new LearnerFilter(text, null, null, null, null);
                var request = PageRequest.of(i % 3 == 2 ? 3 : 0, PAGE_SIZE, Sort.by(directions[i++ % 2], column));
                cases.add(new RosterCase(label(filter, request), filter, request));
            }
        }
        return cases;
    }

    /** The kind of fetch, for the per-combination figures: which filters (the status with its value) and the sort column. */
    String combination() {
        var parts = new ArrayList<String>();
        if (filter.text() != null) parts.add("text");
        if (filter.cohortId() != null) parts.add("cohort");
        if (filter.status() != null) parts.add("status=" + filter.status());
        if (filter.country() != null) parts.add("country");
        if (filter.timeZone() != null) parts.add("zone");
        var sort = page.getSort().stream().map(o -> o.getProperty()).findFirst().orElse("default");
        return (parts.isEmpty() ? "no filter" : String.join("+", parts)) + " | " + sort;
    }

    /** What a user types: the start of a first name or surname, a whole surname, or an email. */
    private static String text(Random random, List<String[]> namesAndEmails) {
        var learner = pick(random, namesAndEmails);
        var words = learner[0].split(" ");
        return switch (random.nextInt(4)) {
            case 0 -> words[0].substring(0, Math.min(3, words[0].length()));
            case 1 -> words[words.length - 1].substring(0, Math.min(5, words[words.length - 1].length()));
            case 2 -> words[words.length - 1];
            default -> learner[1];
        };
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String label(LearnerFilter f, PageRequest page) {
        var parts = new ArrayList<String>();
        if (f.text() != null) parts.add("text=" + f.text());
        if (f.cohortId() != null) parts.add("cohort=" + f.cohortId());
        if (f.status() != null) parts.add("status=" + f.status());
        if (f.country() != null) parts.add("country=" + f.country());
        if (f.timeZone() != null) parts.add("zone=" + f.timeZone());
        var filter = parts.isEmpty() ? "no filter" : String.join(",", parts);
        var sort = page.getSort().isSorted() ? page.getSort().toString().replace(": ", " ") : "default";
        return filter + " | sort " + sort + " | page " + page.getPageNumber();
    }
}
