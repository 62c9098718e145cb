package com.cohortdesk.learner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.learner.ui.LearnerDetailView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LearnerDetailViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long id;
    private String originalName;
    private String originalEmail;
    private long originalCohort;

    private long anActiveLearner(int intake) {
        id = jdbc.queryForObject(
                "select min(l.id) from learner l join cohort c on c.id = l.cohort_id where c.intake_year = ? "
                        + "and l.status = 'ACTIVE'",
                Long.class,
                intake);
        originalName = jdbc.queryForObject("select full_name from learner where id = ?", String.class, id);
        originalEmail = jdbc.queryForObject("select email from learner where id = ?", String.class, id);
        originalCohort = jdbc.queryForObject("select cohort_id from learner where id = ?", Long.class, id);
        return id;
    }

    /** These tests change demo data through the UI; put it back so that other tests see the demo programme. */
    @AfterEach
    void restore() {
        if (id == 0) return;
        jdbc.update("delete from learner_status_change where learner_id = ?", id);
        jdbc.update(
                "update learner set full_name = ?, email = ?, cohort_id = ?, status = 'ACTIVE', deferred_from_cohort_id = null "
                        + "where id = ?",
                originalName,
                originalEmail,
                originalCohort,
                id);
    }

    @Test
    void showsLocalTimeAndSavesValidDetails() {
        signIn("admin");
        navigate("learners/" + anActiveLearner(2026));
        NavigatorKt.expectView(LearnerDetailView.class);
        assertThat(_get(Span.class, s -> s.withId("learner-local-time")).getText())
                .contains("Local time now:")
                .contains("UK time: Wed 12:00");
        _setValue(_get(EmailField.class, s -> s.withId("learner-email")), "not an email");
        _click(_get(Button.class, s -> s.withId("save-learner")));
        assertThat(_get(EmailField.class, s -> s.withId("learner-email")).getErrorMessage())
                .isEqualTo("\"not an email\" is not a valid email address.");
        _setValue(_get(EmailField.class, s -> s.withId("learner-email")), "renamed.learner@example.org");
        _setValue(_get(TextField.class, s -> s.withId("learner-name")), "Renamed Learner");
        _click(_get(Button.class, s -> s.withId("save-learner")));
        assertThat(jdbc.queryForObject("select full_name from learner where id = ?", String.class, id))
                .isEqualTo("Renamed Learner");
    }

    @Test
    void defersALearnerWithAReasonAndShowsTheTimeline() {
        signIn("admin");
        navigate("learners/" + anActiveLearner(2025));
        _click(_get(Button.class, s -> s.withId("action-interrupt")));
        _click(_get(Button.class, s -> s.withId("status-confirm")));
        assertThat(_get(TextArea.class, s -> s.withId("status-reason")).getErrorMessage())
                .isEqualTo("Give a reason for the change; it is kept in the learner's history.");
        assertThat(_get(Span.class, s -> s.withId("learner-status-badge")).getText())
                .isEqualTo("Active");
        _setValue(_get(TextArea.class, s -> s.withId("status-reason")), "Bereavement");
        _click(_get(Button.class, s -> s.withId("status-confirm")));
        assertThat(_get(Span.class, s -> s.withId("learner-status-badge")).getText())
                .isEqualTo("Interrupted");
        assertThat(_get(Paragraph.class, s -> s.withId("learner-cohort-line"))
                        .getElement()
                        .getTextRecursively())
                .contains("Fall 2026")
                .contains("deferred from Fall 2025");
        assertThat(_get(Div.class, s -> s.withId("learner-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Active → Interrupted, moved from Fall 2025 to Fall 2026")
                .contains("by admin")
                .contains("Bereavement");
    }

    @Test
    void aConcurrentEditIsRefusedWithTheOptionToReload() {
        signIn("admin");
        navigate("learners/" + anActiveLearner(2026));
        jdbc.update("update learner set full_name = 'Changed Elsewhere', version = version + 1 where id = ?", id);
        _setValue(_get(TextField.class, s -> s.withId("learner-name")), "My Change");
        _click(_get(Button.class, s -> s.withId("save-learner")));
        var dialog = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select full_name from learner where id = ?", String.class, id))
                .isEqualTo("Changed Elsewhere");
    }
}
