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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The personal-link sections of the learner's page and the cohort's page (administrators). */
class PersonalLinkSectionsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    long noticesBefore;

    @BeforeEach
    void rememberTheOutbox() {
        noticesBefore = maxNoticeId();
    }

    /** The context (and its database) is shared with other view tests, which count the demo notices. */
    @AfterEach
    void removeTheNoticesQueuedHere() {
        jdbc.update("delete from notice where id > ?", noticesBefore);
    }

    long activeLearner() {
        return jdbc.queryForObject("select min(id) from learner where status = 'ACTIVE'", Long.class);
    }

    @Test
    void anAdministratorIssuesRevokesAndOpensAsTheLearner() {
        long learner = activeLearner();
        jdbc.update("delete from learner_link where learner_id = ?", learner);
        signIn("admin");
        navigate("learners/" + learner);
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-state")).getText())
                .isEqualTo("No personal link yet.");

        _click(_get(Button.class, s -> s.withId("learner-link-open")));
        var url = _get(TextField.class, s -> s.withId("learner-link-url")).getValue();
        assertThat(url).matches(".*/me/[A-Za-z0-9_-]{43}");
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-state")).getText())
                .startsWith("Personal link issued")
                .contains("by admin");

        _click(_get(Button.class, s -> s.withId("learner-link-revoke")));
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-state")).getText())
                .startsWith("The personal link was revoked on");
        assertThat(_find(TextField.class, s -> s.withId("learner-link-url"))).isEmpty();

        // sending issues a new address and queues it in the notices outbox; the address is not shown
        long before = maxNoticeId();
        _click(_get(Button.class, s -> s.withId("learner-link-send")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        var email = jdbc.queryForObject("select email from learner where id = ?", String.class, learner);
        assertThat(_get(Paragraph.class, s -> s.withId("learner-link-sent")).getText())
                .isEqualTo("Sent by email to " + email + ".");
        assertThat(_find(TextField.class, s -> s.withId("learner-link-url"))).isEmpty();
        var queued = jdbc.queryForList(
                "select body_text from notice where kind = 'PERSONAL_LINK' and learner_id = ? and id > ?",
                String.class,
                learner,
                before);
        assertThat(queued).hasSize(1);
        assertThat(queued.getFirst()).containsPattern("/me/[A-Za-z0-9_-]{43}").doesNotContain(url);
        var sentHash = jdbc.queryForObject(
                "select hashed_token from learner_link where learner_id = ?", String.class, learner);

        // "Open as the learner" opens the address just sent: no confirmation, no new address
        _click(_get(Button.class, s -> s.withId("learner-link-open")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select hashed_token from learner_link where learner_id = ?", String.class, learner))
                .isEqualTo(sentHash);
    }

    long maxNoticeId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from notice", Long.class);
    }

    @Test
    void sendPersonalLinksGivesEveryActiveLearnerOfTheCohortANewLink() {
        long cohort = jdbc.queryForObject("select cohort_id from learner where id = ?", Long.class, activeLearner());
        long active = jdbc.queryForObject(
                "select count(*) from learner where cohort_id = ? and status = 'ACTIVE'", Long.class, cohort);
        long before = maxNoticeId();
        signIn("admin");
        navigate("cohorts/" + cohort);
        _click(_get(Button.class, s -> s.withId("cohort-links-send")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, s -> s.withId("cohort-links-summary")).getText())
                .isEqualTo(active + " sent by email.");
        var results = _get(Div.class, s -> s.withId("cohort-links-results"));
        assertThat(_find(results, Paragraph.class, s -> s.withClasses("lp-unsent")))
                .isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from learner_link k join learner l on l.id = k.learner_id
                where l.cohort_id = ? and l.status = 'ACTIVE' and k.hashed_token is not null""", Long.class, cohort)).isEqualTo(active);
        // one PERSONAL_LINK notice per active learner of the cohort, each with their link, and none for anyone else
        assertThat(jdbc.queryForObject("""
                select count(distinct n.learner_id) from notice n join learner l on l.id = n.learner_id
                where n.id > ? and n.kind = 'PERSONAL_LINK' and l.cohort_id = ? and l.status = 'ACTIVE'
                and n.body_text like '%/me/%'""", Long.class, before, cohort)).isEqualTo(active);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where id > ? and kind = 'PERSONAL_LINK'", Long.class, before))
                .isEqualTo(active);
    }
}
