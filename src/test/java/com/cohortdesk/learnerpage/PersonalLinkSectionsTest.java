package com.cohortdesk.learnerpage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The personal-link sections of the learner's page and the cohort's page (administrators). */
class PersonalLinkSectionsTest extends ViewTest {

    @Autowired JdbcTemplate jdbc;

    long activeLearner() {
        return jdbc.queryForObject("select min(id) from learner where status = 'ACTIVE'", Long.class);
    }

    @Test
    void anAdministratorIssuesRevokesAndOpensAsTheLearner() {
        long learner = activeLearner();
        jdbc.update("delete from learner_link where learner_id = ?", learner);
        signIn("admin");
        navigate("learners/" + learner);
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-state")).getText()).isEqualTo("No personal link yet.");

        _click(_get(Button.class, s -> s.withId("learner-link-open")));
        var url = _get(TextField.class, s -> s.withId("learner-link-url")).getValue();
        assertThat(url).matches(".*/me/[A-Za-z0-9_-]{43}");
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-state")).getText()).startsWith("Personal link issued")
                .contains("by admin");

        _click(_get(Button.class, s -> s.withId("learner-link-revoke")));
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-state")).getText()).startsWith("The personal link was revoked on");
        assertThat(_find(TextField.class, s -> s.withId("learner-link-url"))).isEmpty();

        // sending issues a new address and, until the notices outbox, shows it to the administrator
        _click(_get(Button.class, s -> s.withId("learner-link-send")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(TextField.class, s -> s.withId("learner-link-url")).getValue()).matches(".*/me/[A-Za-z0-9_-]{43}")
                .isNotEqualTo(url);
    }

    @Test
    void sendPersonalLinksGivesEveryActiveLearnerOfTheCohortANewLink() {
        long cohort = jdbc.queryForObject("select cohort_id from learner where id = ?", Long.class, activeLearner());
        long active = jdbc.queryForObject("select count(*) from learner where cohort_id = ? and status = 'ACTIVE'", Long.class, cohort);
        signIn("admin");
        navigate("cohorts/" + cohort);
        _click(_get(Button.class, s -> s.withId("cohort-links-send")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        var results = _get(Div.class, s -> s.withId("cohort-links-results"));
        assertThat(_find(results, Paragraph.class, s -> s.withClasses("lp-address"))).hasSize((int) active);
        assertThat(jdbc.queryForObject("""
                select count(*) from learner_link k join learner l on l.id = k.learner_id
                where l.cohort_id = ? and l.status = 'ACTIVE' and k.hashed_token is not null""", Long.class, cohort)).isEqualTo(active);
    }
}
