package com.cohortdesk.benchmark;

import com.cohortdesk.learner.LearnerSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import net.datafaker.Faker;

/** Fills an empty schema with the same large data set every run: cohorts and learners by JDBC batches. */
final class BenchmarkData {

    static final int COHORTS = 40;
    static final int FIRST_INTAKE = 1987;

    /** Where learners live: a country and one of its zones; repeats weight the common ones. */
    static final List<String[]> PLACES = List.of(
            place("GB", "Europe/London"),
            place("GB", "Europe/London"),
            place("GB", "Europe/London"),
            place("IE", "Europe/Dublin"),
            place("DE", "Europe/Berlin"),
            place("FR", "Europe/Paris"),
            place("ES", "Europe/Madrid"),
            place("GR", "Europe/Athens"),
            place("PL", "Europe/Warsaw"),
            place("NG", "Africa/Lagos"),
            place("KE", "Africa/Nairobi"),
            place("ZA", "Africa/Johannesburg"),
            place("EG", "Africa/Cairo"),
            place("AE", "Asia/Dubai"),
            place("PK", "Asia/Karachi"),
            place("IN", "Asia/Kolkata"),
            place("IN", "Asia/Kolkata"),
            place("IN", "Asia/Kolkata"),
            place("NP", "Asia/Kathmandu"),
            place("LK", "Asia/Colombo"),
            place("SG", "Asia/Singapore"),
            place("CN", "Asia/Shanghai"),
            place("JP", "Asia/Tokyo"),
            place("AU", "Australia/Sydney"),
            place("AU", "Australia/Perth"),
            place("NZ", "Pacific/Auckland"),
            place("US", "America/New_York"),
            place("US", "America/Chicago"),
            place("US", "America/Denver"),
            place("US", "America/Los_Angeles"),
            place("CA", "America/Toronto"),
            place("CA", "America/Vancouver"),
            place("MX", "America/Mexico_City"),
            place("BR", "America/Sao_Paulo"),
            place("CO", "America/Bogota"),
            place("AR", "America/Argentina/Buenos_Aires"));

    private BenchmarkData() {}

    private static String[] place(String country, String zone) {
        return new String[] {country, zone};
    }

    /** Inserts the cohorts and learners; returns the cohort ids in intake order. */
    static List<Long> fill(DataSource dataSource, int learners, long seed) throws SQLException {
        return fill(dataSource, learners, seed, FIRST_INTAKE, FIRST_INTAKE + COHORTS - 1);
    }

    /**
     * Inserts the {@link #COHORTS} cohorts with intakes from {@code firstIntake} on and their learners, next to any
     * cohorts already there; a cohort's age (its status and its learners' statuses) counts from {@code newestIntake},
     * the intake of age 0. Returns the new cohorts' ids in intake order.
     */
    static List<Long> fill(DataSource dataSource, int learners, long seed, int firstIntake, int newestIntake)
            throws SQLException {
        var random = new Random(seed);
        var faker = new Faker(Locale.UK, new Random(seed));
        var firstNames = names(faker, 1_500, true);
        var lastNames = names(faker, 4_000, false);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var cohortIds = insertCohorts(connection, firstIntake, newestIntake);
            try (var insert = connection.prepareStatement("""
                    insert into learner (cohort_id, full_name, email, country, time_zone, status, version, cohort_name)
                    values (?, ?, ?, ?, ?, ?, 0, (select c.name from cohort c where c.id = ?))""", new String[] {"id"});
                    var insertWord = connection.prepareStatement(
                            "insert into learner_search_word (learner_id, word) values (?, ?)")) {
                var pending = new ArrayList<String[]>();
                for (int i = 0; i < learners; i++) {
                    int cohort = i % COHORTS;
                    var first = firstNames.get(random.nextInt(firstNames.size()));
                    var last = lastNames.get(random.nextInt(lastNames.size()));
                    var place = PLACES.get(random.nextInt(PLACES.size()));
                    insert.setLong(1, cohortIds.get(cohort));
                    insert.setLong(7, cohortIds.get(cohort));
                    var name = first + " " + last;
                    var email = ascii(first) + "." + ascii(last) + "." + i + "@example.org";
                    insert.setString(2, name);
                    insert.setString(3, email);
                    pending.add(new String[] {name, email});
                    insert.setString(4, place[0]);
                    insert.setString(5, place[1]);
                    insert.setString(6, status(random, newestIntake - (firstIntake + cohort)));
                    insert.addBatch();
                    if (i % 1000 == 999 || i == learners - 1) insertBatch(insert, insertWord, pending);
                }
            }
            connection.commit();
            return cohortIds;
        }
    }

    /** Inserts the pending learners and then their search words (the same words the entity keeps). */
    private static void insertBatch(PreparedStatement insert, PreparedStatement insertWord, List<String[]> pending)
            throws SQLException {
        insert.executeBatch();
        try (var keys = insert.getGeneratedKeys()) {
            for (var learner : pending) {
                if (!keys.next()) throw new IllegalStateException("No generated id for " + learner[1]);
                for (var word : LearnerSearch.words(learner[0], learner[1])) {
                    insertWord.setLong(1, keys.getLong(1));
                    insertWord.setString(2, word);
                    insertWord.addBatch();
                }
            }
        }
        insertWord.executeBatch();
        pending.clear();
    }

    /** A pool of Datafaker names (drawing every learner's name from Datafaker would be slow). */
    private static List<String> names(Faker faker, int draws, boolean first) {
        var names = new LinkedHashSet<String>();
        for (int i = 0; i < draws; i++)
            names.add(first ? faker.name().firstName() : faker.name().lastName());
        return List.copyOf(names);
    }

    private static List<Long> insertCohorts(Connection connection, int firstIntake, int newestIntake)
            throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into cohort (name, intake_year, status, version, archived) values (?, ?, ?, 0, false)")) {
            for (int c = 0; c < COHORTS; c++) {
                int year = firstIntake + c;
                int age = newestIntake - year;
                insert.setString(1, "Fall " + year);
                insert.setInt(2, year);
                insert.setString(3, age == 0 ? "PLANNED" : age <= 2 ? "ACTIVE" : "COMPLETED");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        var ids = new ArrayList<Long>();
        try (var query = connection.prepareStatement(
                "select id from cohort where intake_year between ? and ? order by intake_year")) {
            query.setInt(1, firstIntake);
            query.setInt(2, firstIntake + COHORTS - 1);
            try (var rows = query.executeQuery()) {
                while (rows.next()) ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Learners of cohorts that finished are mostly graduates; current ones mostly active. */
    private static String status(Random random, int cohortAge) {
        int roll = random.nextInt(100);
        if (cohortAge <= 2) return roll < 88 ? "ACTIVE" : roll < 95 ? "INTERRUPTED" : "WITHDRAWN";
        return roll < 80 ? "GRADUATED" : roll < 92 ? "WITHDRAWN" : roll < 97 ? "INTERRUPTED" : "ACTIVE";
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
