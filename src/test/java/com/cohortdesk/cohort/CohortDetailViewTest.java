package com.cohortdesk.cohort;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.cohort.ui.CohortDetailView;
import com.cohortdesk.ui.NotFoundView;
import com.cohortdesk.ui.StatCard;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CohortDetailViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeCreatedCohorts() {
        jdbc.update("delete from cohort_term where cohort_id in (select id from cohort where intake_year > 2026)");
        jdbc.update("delete from cohort where intake_year > 2026");
    }

    @Test
    void showsTermsAndLearnersByStatus() {
        signIn("admin");
        long id = jdbc.queryForObject("select id from cohort where intake_year = 2025", Long.class);
        navigate("cohorts/" + id);
        NavigatorKt.expectView(CohortDetailView.class);
        @SuppressWarnings("unchecked")
        Grid<TermDates> terms = _get(Grid.class, s -> s.withId("cohort-terms"));
        assertThat(GridKt._size(terms)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(terms, 3))
                .contains("Year 2, term 1 (term 4)", "5 Oct 2026", "16 weeks", "2 modules, 15 ECTS");
        var cards = LocatorJ._find(StatCard.class);
        assertThat(cards).hasSize(4);
        assertThat(cards.getFirst().getHref()).isEqualTo("learners?cohort=" + id + "&status=ACTIVE");
    }

    @Test
    void unknownCohortShowsNotFound() {
        signIn("admin");
        navigate("cohorts/999999");
        NavigatorKt.expectView(NotFoundView.class);
    }

    @Test
    void newCohortFormProposesDatesAndExplainsOverlaps() {
        signIn("admin");
        navigate("cohorts");
        _click(_get(Button.class, s -> s.withId("new-cohort")));
        _setValue(_get(IntegerField.class, s -> s.withId("cohort-intake")), 2028);
        // The year changed on the server side, so propose explicitly as the client would trigger it.
        var term2Start = _get(DatePicker.class, s -> s.withId("term-2-start"));
        var term1End = _get(DatePicker.class, s -> s.withId("term-1-end"));
        _setValue(term2Start, term1End.getValue().minusDays(1));
        _click(_get(Button.class, s -> s.withId("cohort-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("cohort-problems")).getText())
                .contains("terms must not overlap");
        _setValue(term2Start, term1End.getValue().plusDays(8));
        _click(_get(Button.class, s -> s.withId("cohort-save")));
        assertThat(jdbc.queryForObject("select count(*) from cohort where intake_year = 2028", Integer.class))
                .isOne();
    }
}
