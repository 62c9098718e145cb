package com.cohortdesk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.audit.ui.AuditView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-grid"));
    }

    @Test
    void aDeepLinkShowsOneRecordsHistory() {
        signIn("admin");
        long id = jdbc.queryForObject("select min(id) from learner", Long.class);
        navigate("audit?entity=Learner&id=" + id);
        NavigatorKt.expectView(AuditView.class);
        assertThat(_get(ComboBox.class, s -> s.withId("audit-entity-type")).getValue())
                .isEqualTo("Learner");
        // the demo learner was created, then (as the demo terms ran) graduated or withdrew: newest first
        int rows = GridKt._size(grid());
        assertThat(rows).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < rows; i++)
            assertThat(GridKt._getFormattedRow(grid(), i)).contains("Learner #" + id);
        assertThat(GridKt._getFormattedRow(grid(), rows - 1)).contains("demo-data", "create", "Learner #" + id);
    }

    @Test
    void everyRowNamesTheNodeThatWroteIt() {
        signIn("admin");
        navigate("audit?who=demo");
        assertThat(grid().getColumns()).extracting(c -> c.getHeaderText()).contains("Address · node");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("demo-data", "test-node-1");
    }

    @Test
    void theOriginJoinsAddressAndNodeAsFarAsKnown() {
        var at = java.time.Instant.parse("2026-12-01T12:00:00Z");
        assertThat(new AuditEntry(1, at, "ada", "LOGIN", null, null, null, "203.0.113.5", "node-a").origin())
                .isEqualTo("203.0.113.5 · node-a");
        assertThat(new AuditEntry(2, at, "demo-data", "CREATE", null, null, null, null, "node-a").origin())
                .isEqualTo("node-a");
        assertThat(new AuditEntry(3, at, "ada", "LOGIN", null, null, null, "203.0.113.5", null).origin())
                .isEqualTo("203.0.113.5");
        assertThat(new AuditEntry(4, at, "ada", "LOGIN", null, null, null, null, null).origin())
                .isEmpty();
    }

    @Test
    void filtersByWhoAndPagesLazily() {
        signIn("admin");
        navigate("audit");
        assertThat(grid().getDataCommunicator().isDefinedSize())
                .as("no count query")
                .isFalse();
        _setValue(_get(TextField.class, s -> s.withId("audit-who")), "demo");
        assertThat(GridKt._get(grid(), 0).actor()).isEqualTo("demo-data");
        _setValue(_get(TextField.class, s -> s.withId("audit-who")), "nobody-like-this");
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void detailPagesLinkToTheirHistory() {
        signIn("admin");
        long cohort = jdbc.queryForObject("select min(id) from cohort", Long.class);
        navigate("cohorts/" + cohort);
        assertThat(_get(Anchor.class, s -> s.withId("cohort-history")).getHref())
                .isEqualTo("audit?entity=Cohort&id=" + cohort);
        long learner = jdbc.queryForObject("select min(id) from learner", Long.class);
        navigate("learners/" + learner);
        assertThat(_get(Anchor.class, s -> s.withId("learner-audit-history")).getHref())
                .isEqualTo("audit?entity=Learner&id=" + learner);
    }

    @Test
    void facultyCannotOpenIt() {
        signIn("ada");
        assertThatThrownBy(() -> navigate("audit")).hasRootCauseInstanceOf(AccessDeniedException.class);
    }
}
