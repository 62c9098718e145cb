package com.cohortdesk.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The learner page's personal-data section and the Personal data page (administrators). */
class PersonalDataViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorHoldsLiftsAndErasesALearnerAfterTheConfirmation() {
        signIn("admin");
        long id = jdbc.queryForObject(
                "select max(id) from learner where status = 'WITHDRAWN' and erased_at is null", Long.class);
        var name = jdbc.queryForObject("select full_name from learner where id = ?", String.class, id);
        navigate("learners/" + id);
        assertThat(_get(Anchor.class, s -> s.withId("privacy-export")).getText())
                .isEqualTo("Download personal data (zip)");
        assertThat(_get(Paragraph.class, s -> s.withId("privacy-state")).getText())
                .startsWith("Retention ends on ")
                .contains("6 years");

        _click(_get(Button.class, s -> s.withId("privacy-hold")));
        _setValue(_get(TextArea.class, s -> s.withId("privacy-reason")), "Complaint under investigation");
        _click(_get(Button.class, s -> s.withId("privacy-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("privacy-state")).getText())
                .contains("legal hold", "Complaint under investigation");
        assertThat(_find(Button.class, s -> s.withId("privacy-erase")))
                .as("no erasure while held")
                .isEmpty();
        _click(_get(Button.class, s -> s.withId("privacy-release-hold")));

        _click(_get(Button.class, s -> s.withId("privacy-erase")));
        var confirm = _get(Button.class, s -> s.withId("privacy-confirm"));
        assertThat(confirm.isEnabled()).as("a reason first").isFalse();
        _setValue(_get(TextArea.class, s -> s.withId("privacy-reason")), "Data subject request");
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        assertThat(_get(H2.class, s -> s.withText("Erased learner " + id))).isNotNull();
        assertThat(_get(Paragraph.class, s -> s.withId("privacy-state")).getText())
                .startsWith("Personal data erased on");
        assertThat(_find(Button.class, s -> s.withId("privacy-erase"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("save-learner")))
                .as("erased details are read-only")
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from learner where full_name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void thePageListsWhoIsDueAndTheStaffAccounts() {
        signIn("admin");
        // a withdrawn learner who left six years ago less ten days is due within the 30 days
        long id = jdbc.queryForObject(
                "select min(l.id) from learner l where l.status = 'WITHDRAWN' and l.erased_at is null "
                        + "and exists (select 1 from learner_status_change h where h.learner_id = l.id and h.to_status = 'WITHDRAWN')",
                Long.class);
        var left = jdbc.queryForList(
                "select id, changed_at from learner_status_change where learner_id = ? and to_status = 'WITHDRAWN'",
                id);
        var endedOn = jdbc.queryForObject("select ended_on from learner where id = ?", LocalDate.class, id);
        jdbc.update(
                "update learner_status_change set changed_at = timestamp with time zone '2020-12-05 12:00:00+00:00' "
                        + "where learner_id = ? and to_status = 'WITHDRAWN'",
                id);
        jdbc.update("update learner set ended_on = date '2020-12-05' where id = ?", id);
        try {
            dueListShows(id);
        } finally {
            // the context (and its database) is shared with the other view tests: put the learner back
            left.forEach(row -> jdbc.update(
                    "update learner_status_change set changed_at = ? where id = ?",
                    row.get("changed_at"),
                    row.get("id")));
            jdbc.update("update learner set ended_on = ? where id = ?", endedOn, id);
        }
    }

    @Test
    void manyDueArePagedAsTheGridScrolls() {
        signIn("admin");
        var left = jdbc.queryForList(
                "select id, ended_on from learner where status in ('GRADUATED', 'WITHDRAWN') and erased_at is null "
                        + "and ended_on is not null order by id fetch first 60 rows only");
        assertThat(left).hasSize(60);
        left.forEach(row -> jdbc.update("update learner set ended_on = date '2020-12-05' where id = ?", row.get("id")));
        try {
            navigate("privacy");
            @SuppressWarnings("unchecked")
            Grid<DueLearner> due = _get(Grid.class, s -> s.withId("privacy-due"));
            assertThat(due.isAllRowsVisible()).as("more than 50 due: paged").isFalse();
            var firstPages = GridKt._fetch(due, 0, 55);
            assertThat(firstPages).hasSize(55);
            assertThat(GridKt._fetch(due, 10, 5)).isEqualTo(firstPages.subList(10, 15));
            assertThat(firstPages).extracting(DueLearner::dueOn).isSortedAccordingTo(Comparator.naturalOrder());
        } finally {
            // the context (and its database) is shared with the other view tests: put the learners back
            left.forEach(row ->
                    jdbc.update("update learner set ended_on = ? where id = ?", row.get("ended_on"), row.get("id")));
        }
    }

    private void dueListShows(long id) {
        navigate("privacy");
        @SuppressWarnings("unchecked")
        Grid<DueLearner> due = _get(Grid.class, s -> s.withId("privacy-due"));
        assertThat(GridKt._size(due)).isPositive();
        assertThat(GridKt._get(due, 0).dueOn()).isNotNull();
        assertThat(IntStream.range(0, GridKt._size(due))
                        .mapToObj(i -> GridKt._get(due, i).learnerId()))
                .contains(id);
        @SuppressWarnings("unchecked")
        Grid<StaffSummary> staff = _get(Grid.class, s -> s.withId("privacy-staff"));
        assertThat(GridKt._size(staff)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void facultyCannotOpenThePage() {
        signIn("ada");
        Assertions.assertThatThrownBy(() -> navigate("privacy")).hasMessageContaining("Access is denied");
    }
}
