package com.cohortdesk.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.assessment.ui.DeadlineLoadView;
import com.cohortdesk.assessment.ui.DeadlinesView;
import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DeadlinesViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("delete from assessment_extension where reason = 'Karibu reason'");
        jdbc.update("delete from assessment where title like 'Karibu %'");
    }

    long fall2026() {
        return jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
    }

    @SuppressWarnings("unchecked")
    Grid<AssessmentRow> grid() {
        return _get(Grid.class, s -> s.withId("deadlines-grid"));
    }

    @Test
    void administratorSeesTheRunningTermWithWeightsAndTheClashWeek() {
        signIn("admin");
        navigate("deadlines?cohort=" + fall2026());
        NavigatorKt.expectView(DeadlinesView.class);
        assertThat(GridKt._size(grid())).isEqualTo(10);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains("MLDS100 · Quiz", "Ethics quiz", "20 %", "Mon 19 Oct 2026, 12:00 BST (Europe/London)");
        var weights =
                _get(Div.class, s -> s.withId("weight-checks")).getElement().getTextRecursively();
        assertThat(weights).contains("MLDS100: 100 % of 100 %", "MLDS101: 100 % of 100 %", "MLDS102: 100 % of 100 %");
        var clash = _get(Paragraph.class, s -> s.withId("clash-notice"));
        assertThat(clash.isVisible()).isTrue();
        assertThat(clash.getText())
                .contains("Statistics coursework", "Optimisation problem set", "Case study peer review");
        // The New York deadline shows its zone and UK time.
        assertThat(GridKt._findAll(grid()).stream()
                        .filter(r -> r.entryZone().equals("America/New_York"))
                        .findFirst()
                        .orElseThrow()
                        .dueText())
                .isEqualTo("Wed 25 Nov 2026, 07:00 UTC-05:00 (America/New_York)");
    }

    @Test
    void addingADeadlineInTheClashWeekAsksFirstAndATimeInTheGapIsRefused() {
        signIn("admin");
        navigate("deadlines?cohort=" + fall2026() + "&term=1");
        _click(_get(Button.class, s -> s.withId("new-deadline")));
        @SuppressWarnings("unchecked")
        Select<OfferingRow> offering = _get(Select.class, s -> s.withId("assessment-offering"));
        _setValue(
                offering,
                offering.getListDataView()
                        .getItems()
                        .filter(o -> o.moduleCode().equals("MLDS102"))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<AssessmentType> type = _get(Select.class, s -> s.withId("assessment-type"));
        _setValue(type, AssessmentType.QUIZ);
        _setValue(_get(TextField.class, s -> s.withId("assessment-title")), "Karibu quiz");
        _setValue(_get(BigDecimalField.class, s -> s.withId("assessment-weight")), BigDecimal.ZERO);
        _setValue(
                _get(DateTimePicker.class, s -> s.withId("assessment-release")),
                LocalDateTime.parse("2026-03-20T09:00"));
        _setValue(_get(DateTimePicker.class, s -> s.withId("assessment-due")), LocalDateTime.parse("2026-03-29T01:30"));
        assertThat(_get(Paragraph.class, s -> s.withId("assessment-in-uk")).getText())
                .contains("does not exist in Europe/London");
        _click(_get(Button.class, s -> s.withId("assessment-save")));
        assertThat(_get(DateTimePicker.class, s -> s.withId("assessment-due")).getErrorMessage())
                .as("refused on the field, by the draft's rule")
                .contains("The due time 29 Mar 2026 01:30 does not exist in Europe/London");
        assertThat(jdbc.queryForObject("select count(*) from assessment where title = 'Karibu quiz'", Long.class))
                .isZero();

        _setValue(
                _get(DateTimePicker.class, s -> s.withId("assessment-release")),
                LocalDateTime.parse("2026-11-16T09:00"));
        _setValue(_get(DateTimePicker.class, s -> s.withId("assessment-due")), LocalDateTime.parse("2026-11-24T12:00"));
        assertThat(_get(Paragraph.class, s -> s.withId("assessment-in-uk")).getText())
                .isEqualTo("Deadline: Tue 24 Nov 2026, 12:00 GMT (Europe/London)");
        _click(_get(Button.class, s -> s.withId("assessment-save")));
        var confirm = _get(ConfirmDialog.class, s -> s.withId("clash-dialog"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("This makes 4 deadlines within 7 days");
        assertThat(jdbc.queryForObject("select count(*) from assessment where title = 'Karibu quiz'", Long.class))
                .isZero();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(jdbc.queryForObject("select count(*) from assessment where title = 'Karibu quiz'", Long.class))
                .isOne();
        assertThat(GridKt._size(grid())).isEqualTo(11);
        assertThat(_get(Div.class, s -> s.withId("weight-checks")).getElement().getTextRecursively())
                .contains("MLDS102: 100 % of 100 %");
    }

    @Test
    void anExtensionForASelectionOfLearnersJoinsTheHistory() {
        signIn("admin");
        navigate("deadlines?cohort=" + fall2026() + "&term=1");
        int row = GridKt._findAll(grid()).stream()
                .map(AssessmentRow::title)
                .toList()
                .indexOf("Quiz 2: inference");
        var before = GridKt._get(grid(), row).extensions();
        _click((Button) GridKt._getCellComponent(grid(), row, "extensions"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<LearnerChoice> learners =
                _get(MultiSelectComboBox.class, s -> s.withId("extension-learners"));
        var two = learners.getListDataView().getItems().limit(2).collect(Collectors.toSet());
        _setValue(learners, Set.copyOf(two));
        _setValue(_get(TextArea.class, s -> s.withId("extension-reason")), "Karibu reason");
        _click(_get(Button.class, s -> s.withId("extension-grant")));
        @SuppressWarnings("unchecked")
        Grid<ExtensionRow> history = _get(Grid.class, s -> s.withId("extension-history"));
        assertThat(GridKt._findAll(history))
                .filteredOn(r -> r.reason().equals("Karibu reason"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.approvedBy()).isEqualTo("admin"));
        _get(Dialog.class, s -> s.withId("extension-dialog")).close();
        assertThat(GridKt._get(grid(), row).extensions()).isEqualTo(before + 2);
    }

    @Test
    void facultySeeTheirModulesDeadlinesAndCannotEdit() {
        signIn("ada");
        navigate("deadlines");
        assertThat(GridKt._findAll(grid()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.moduleCode()).isIn("MLDS101", "MLDS202"));
        _assertNone(Button.class, s -> s.withId("new-deadline"));
    }

    @Test
    void theHeatMapMarksTheClashWeekAndAClickShowsItsDeadlines() {
        signIn("admin");
        navigate("deadlines/load");
        NavigatorKt.expectView(DeadlineLoadView.class);
        var cell = _get(Div.class, s -> s.withId("heat-" + fall2026() + "-2026-11-23"));
        assertThat(cell.getClassNames()).contains("heat-clash", "heat-3");
        _click(cell);
        assertThat(_get(Div.class, s -> s.withId("heat-details")).getElement().getTextRecursively())
                .contains("Fall 2026, week of Mon 23 Nov 2026: 3 deadlines (clash)")
                .contains("MLDS101 Statistics coursework");
        var quiet = _get(Div.class, s -> s.withId("heat-" + fall2026() + "-2026-11-30"));
        assertThat(quiet.getClassNames()).doesNotContain("heat-clash");
    }

    @Test
    void aLearnersPageShowsTheirEffectiveDeadlinesInTheirZoneAndInUkTime() {
        signIn("admin");
        long learner = jdbc.queryForObject(
                "select learner_id from assessment_extension where reason = 'Hospital stay extended; new certificate'",
                Long.class);
        String zone = jdbc.queryForObject("select time_zone from learner where id = ?", String.class, learner);
        navigate("learners/" + learner);
        @SuppressWarnings("unchecked")
        Grid<LearnerDeadline> deadlines = _get(Grid.class, s -> s.withId("learner-deadline-grid"));
        var coursework = GridKt._findAll(deadlines).stream()
                .filter(d -> d.assessment().title().equals("Statistics coursework"))
                .findFirst()
                .orElseThrow();
        assertThat(coursework.dueInLondon()).isEqualTo("Thu 3 Dec 2026, 12:00 GMT (Europe/London)");
        assertThat(coursework.dueForLearner()).endsWith("(" + zone + ")");
        assertThat(coursework.extensionNote()).startsWith("Extended from").contains("Hospital stay extended");
        assertThat(GridKt._findAll(deadlines)).hasSizeGreaterThanOrEqualTo(10);
    }
}
