package com.cohortdesk.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.ui.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The feed link on the learner and cohort pages (administrators) and in the user menu (faculty). */
class FeedLinkViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private String state() {
        return _get(Div.class, s -> s.withId("feed-link-state")).getText();
    }

    private void issueAndCheckLinks() {
        _click(_get(Button.class, s -> s.withId("feed-link-issue")));
        var url = _get(TextField.class, s -> s.withId("feed-link-url")).getValue();
        assertThat(url).matches(".*/ical/[A-Za-z0-9_-]{43}\\.ics");
        var hash = FeedTokens.hash(url.substring(url.lastIndexOf('/') + 1, url.length() - 4));
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_feed where hashed_token = ?", Integer.class, hash))
                .as("only the hash is stored, and it is this link's")
                .isEqualTo(1);
        assertThat(_get(Anchor.class, s -> s.withId("feed-link-webcal")).getHref())
                .startsWith("webcal://")
                .endsWith(".ics");
        assertThat(_get(Anchor.class, s -> s.withId("feed-link-google")).getHref())
                .startsWith("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F");
        assertThat(_get(Anchor.class, s -> s.withId("feed-link-outlook")).getHref())
                .startsWith("https://outlook.live.com/calendar/0/addfromweb?url=")
                .contains("%2Fical%2F");
        _get(Button.class, s -> s.withId("feed-link-copy"));
        assertThat(state()).contains("issued", "by ", "not read yet");
        assertThat(_get(Button.class, s -> s.withId("feed-link-issue")).getText())
                .isEqualTo("Rotate link");
    }

    @Test
    void administratorsIssueRotateAndRevokeALearnersLink() {
        signIn("admin");
        var learner = jdbc.queryForObject("select max(id) from learner where status = 'ACTIVE'", Long.class);
        jdbc.update("delete from calendar_feed where subject_type = 'LEARNER' and subject_id = ?", learner);
        navigate("learners/" + learner);
        assertThat(state()).isEqualTo("No calendar link yet.");
        assertThat(_find(Button.class, s -> s.withId("feed-link-revoke")))
                .as("nothing to revoke")
                .isEmpty();
        issueAndCheckLinks();
        var first = _get(TextField.class, s -> s.withId("feed-link-url")).getValue();
        _click(_get(Button.class, s -> s.withId("feed-link-issue")));
        assertThat(_get(TextField.class, s -> s.withId("feed-link-url")).getValue())
                .as("rotated")
                .isNotEqualTo(first);
        _click(_get(Button.class, s -> s.withId("feed-link-revoke")));
        assertThat(state()).startsWith("The calendar link was revoked on");
        assertThat(_find(TextField.class, s -> s.withId("feed-link-url"))).isEmpty();
        assertThat(_get(Button.class, s -> s.withId("feed-link-issue")).getText())
                .isEqualTo("Issue link");
    }

    @Test
    void administratorsIssueACohortsLink() {
        signIn("admin");
        var cohort = jdbc.queryForObject("select min(id) from cohort", Long.class);
        jdbc.update("delete from calendar_feed where subject_type = 'COHORT' and subject_id = ?", cohort);
        navigate("cohorts/" + cohort);
        _get(VerticalLayout.class, s -> s.withId("cohort-feed"));
        issueAndCheckLinks();
    }

    @Test
    void facultyManageTheirOwnLinkFromTheUserMenu() {
        signIn("ben");
        jdbc.update(
                "delete from calendar_feed where subject_type = 'FACULTY' and subject_id = (select id from staff_user where username = 'ben')");
        navigate("");
        _click(_get(Button.class, s -> s.withId("my-feed-link")));
        assertThat(state()).isEqualTo("No calendar link yet.");
        issueAndCheckLinks();
        _click(_get(Button.class, s -> s.withId("feed-link-revoke")));
        assertThat(state()).startsWith("The calendar link was revoked");
    }
}
