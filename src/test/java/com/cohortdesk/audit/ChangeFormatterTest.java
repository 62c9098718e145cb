package com.cohortdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeFormatterTest {

    enum Colour {
        RED,
        BLUE
    }

    @jakarta.persistence.Embeddable
    record Term(int term, LocalDate startsOn) {}

    private final ChangeFormatter formatter =
            new ChangeFormatter(v -> v instanceof Long l && l > 1000 ? "Cohort#" + l : null);

    @Test
    void createdListsFieldsButNeverSecretsOrVersions() {
        var details = formatter.created(
                new String[] {"name", "passwordHash", "version", "roles"},
                new Object[] {"Ada", "{bcrypt}$2a$10$secret", 0L, Set.of(Colour.RED)});
        assertThat(details).isEqualTo("name = 'Ada'; passwordHash = (set); roles = [RED]");
        assertThat(details).doesNotContain("bcrypt");
    }

    @Test
    void updatedShowsOldAndNewOfChangedFieldsOnly() {
        var names = new String[] {"name", "status", "passwordHash", "version", "cohort"};
        var details = formatter.updated(
                names,
                new Object[] {"Fall 2027", Colour.RED, "{bcrypt}old", 1L, 1001L},
                new Object[] {"Fall 2027 (online)", Colour.RED, "{bcrypt}new", 2L, 1002L},
                null);
        assertThat(details)
                .isEqualTo(
                        "name: 'Fall 2027' → 'Fall 2027 (online)'; passwordHash changed; cohort: Cohort#1001 → Cohort#1002");
        assertThat(formatter.updated(
                        names,
                        new Object[] {"a", Colour.RED, "h", 1L, null},
                        new Object[] {"a", Colour.RED, "h", 2L, null},
                        new int[] {3}))
                .isEmpty();
    }

    @Test
    void collectionsAndEmbeddablesAreWrittenOut() {
        assertThat(formatter.collectionChanged("roles", Map.of("ADMIN", "ADMIN"), List.of("FACULTY", "ADMIN")))
                .isEqualTo("roles: ['ADMIN'] → ['ADMIN', 'FACULTY']");
        assertThat(formatter.format(new Term(1, LocalDate.of(2027, 10, 4)))).isEqualTo("{term=1, startsOn=2027-10-04}");
        assertThat(formatter.format(null)).isEqualTo("(none)");
    }

    @Test
    void longValuesAreCut() {
        assertThat(formatter.format("x".repeat(1000)))
                .hasSize(ChangeFormatter.MAX_VALUE)
                .endsWith("…");
        assertThat(ChangeFormatter.limit("y".repeat(5000))).hasSize(ChangeFormatter.MAX_DETAILS);
    }

    @Test
    void secretsAreRecognisedByName() {
        assertThat(ChangeFormatter.isSecret("passwordHash")).isTrue();
        assertThat(ChangeFormatter.isSecret("password")).isTrue();
        assertThat(ChangeFormatter.isSecret("apiToken")).isTrue();
        assertThat(ChangeFormatter.isSecret("passwordChangeRequired")).isFalse();
        assertThat(ChangeFormatter.isSecret("fullName")).isFalse();
    }
}
