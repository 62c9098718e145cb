package com.cohortdesk.notice;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The notice feature's setting rows: the dispatcher's pause switch and the unsubscribe links' secret. */
@Component
class NoticeSettings {

    static final String PAUSED = "dispatch.paused";
    static final String SECRET = "unsubscribe.secret";

    private final JdbcTemplate jdbc;

    NoticeSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> get(String name) {
        return jdbc.query("select val from notice_setting where name = ?", (rs, i) -> rs.getString(1), name).stream()
                .findFirst();
    }

    void set(String name, String value) {
        if (jdbc.update("update notice_setting set val = ?, version = version + 1 where name = ?", value, name) == 0) {
            jdbc.update("insert into notice_setting (name, val, version) values (?, ?, 0)", name, value);
        }
    }

    boolean paused() {
        return get(PAUSED).map(Boolean::parseBoolean).orElse(false);
    }

    /** A random secret made once per database (every node signs and checks links with it). */
    String secret() {
        return get(SECRET).orElseGet(() -> {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                jdbc.update(
                        "insert into notice_setting (name, val, version) values (?, ?, 0)",
                        SECRET,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            } catch (DataIntegrityViolationException e) {
                // another node made it first
            }
            return get(SECRET).orElseThrow();
        });
    }
}
