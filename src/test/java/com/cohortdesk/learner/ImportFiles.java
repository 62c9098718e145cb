package com.cohortdesk.learner;

/** CSV files for the learner import, as an administrator would upload them, for tests and benchmarks. */
public final class ImportFiles {

    private ImportFiles() {}

    /**
     * {@code count} learners "Imported Learner i" with the email {@code imported.i} + {@code domain} (e.g.
     * {@code "@crash.example"}), in four countries and their time zones.
     */
    public static String csv(int count, String domain) {
        var zones = new String[][] {
            {"GB", "Europe/London"}, {"IN", "Asia/Kolkata"}, {"US", "America/New_York"}, {"JP", "Asia/Tokyo"}
        };
        var csv = new StringBuilder("name,email,country,time zone\n");
        for (int i = 0; i < count; i++) {
            var zone = zones[i % zones.length];
            csv.append("Imported Learner ")
                    .append(i)
                    .append(",imported.")
                    .append(i)
                    .append(domain)
                    .append(',')
                    .append(zone[0])
                    .append(',')
                    .append(zone[1])
                    .append('\n');
        }
        return csv.toString();
    }
}
