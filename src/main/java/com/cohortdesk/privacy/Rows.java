package com.cohortdesk.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows as JSON-ready maps: camelCase keys from the SQL labels, instants as ISO-8601 text, alike on H2 and PostgreSQL. */
public final class Rows {

    private Rows() {}

    public static List<Map<String, @Nullable Object>> query(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForList(sql, args).stream().map(Rows::normalise).toList();
    }

    private static Map<String, @Nullable Object> normalise(Map<String, Object> row) {
        var out = new LinkedHashMap<String, @Nullable Object>();
        row.forEach((key, value) -> out.put(camel(key), value(value)));
        return out;
    }

    static @Nullable Object value(@Nullable Object value) {
        if (value instanceof OffsetDateTime t) return t.toInstant().toString();
        if (value instanceof Timestamp t) return t.toInstant().toString();
        if (value instanceof Date d) return d.toLocalDate().toString();
        if (value instanceof Temporal t) return t.toString();
        return value;
    }

    static String camel(String label) {
        var parts = label.toLowerCase(Locale.ROOT).split("_");
        var out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty())
                out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }
}
