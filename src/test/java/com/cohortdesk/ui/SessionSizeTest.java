package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.assessment.ui.DeadlineLoadView;
import com.cohortdesk.assessment.ui.DeadlinesView;
import com.cohortdesk.audit.ui.AuditView;
import com.cohortdesk.enrollment.ui.OfferingDetailView;
import com.cohortdesk.learner.ui.LearnerListView;
import com.cohortdesk.session.ui.OccurrenceView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One signed-in administrator's VaadinSession after the heaviest pages (issue 15): the learner roster scrolled through
 * 10 pages, an offering roster, an occurrence roster with attendance, the deadlines page, the heat map and, last, the
 * audit trail. Serialised with Spring's service proxies and other non-serialisable references left out (counted
 * instead), the session stays small, and none of the pages left behind is still reachable from it (no listener or
 * cache pins an old view).
 *
 * <p>Before measuring, the state tree's pending changes are collected as every response to a browser collects them
 * (UidlWriter): Karibu's mock round trip does not, and the changes still waiting for a client hold the nodes of the
 * pages left behind (that made this test see old views "pinned" before, 537 KB, when no real session keeps them).
 */
class SessionSizeTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionAfterTheHeaviestPagesIsSmallAndPinsNoOldView() throws IOException {
        signIn("admin");
        navigate("learners");
        NavigatorKt.expectView(LearnerListView.class);
        Grid<?> roster = LocatorJ._get(Grid.class, s -> s.withId("learner-grid"));
        for (int page = 0; page < 10; page++) {
            roster.getDataCommunicator().setViewportRange(page * 50, 50);
            MockVaadin.clientRoundtrip(false);
        }
        long offering = jdbc.queryForObject("select min(offering_id) from enrollment", Long.class);
        navigate("offerings/" + offering);
        NavigatorKt.expectView(OfferingDetailView.class);
        long occurrence = jdbc.queryForObject("select min(occurrence_id) from session_attendance", Long.class);
        navigate("sessions/" + occurrence);
        NavigatorKt.expectView(OccurrenceView.class);
        navigate("deadlines");
        NavigatorKt.expectView(DeadlinesView.class);
        navigate("deadlines/load");
        NavigatorKt.expectView(DeadlineLoadView.class);
        navigate("audit");
        NavigatorKt.expectView(AuditView.class);
        MockVaadin.clientRoundtrip(false);
        // as each response to a browser does (UidlWriter): pending changes go to the client and are dropped
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});

        // The session and its UI (the UI holds the component tree of the open view and its grids' data communicators).
        var measured = Measure.of(new Object[] {VaadinSession.getCurrent(), UI.getCurrent()});
        System.out.printf(
                "Serialised VaadinSession with its UI: %,d bytes; left out (not serialisable): %s%n",
                measured.bytes, measured.leftOut);
        assertThat(measured.seen)
                .as("views left behind must not stay reachable from the session")
                .doesNotContain(
                        LearnerListView.class,
                        OfferingDetailView.class,
                        OccurrenceView.class,
                        DeadlinesView.class,
                        DeadlineLoadView.class)
                .contains(AuditView.class);
        assertThat(measured.bytes).as("serialised session, bytes").isLessThan(150 * 1024);
    }

    /** Java serialisation that records every class it meets and leaves out (as null) what is not serialisable. */
    private static final class Measure extends ObjectOutputStream {
        final Set<Class<?>> seen = new HashSet<>();
        final TreeMap<String, Integer> leftOut = new TreeMap<>();
        long bytes;

        private Measure(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        static Measure of(Object root) throws IOException {
            var buffer = new ByteArrayOutputStream();
            var measure = new Measure(buffer);
            measure.writeObject(root);
            measure.flush();
            measure.bytes = buffer.size();
            return measure;
        }

        @Override
        protected Object replaceObject(Object obj) {
            seen.add(obj.getClass());
            if (obj instanceof Serializable
                    || obj.getClass().isArray()
                            && obj.getClass().getComponentType().isPrimitive()) return obj;
            leftOut.merge(obj.getClass().getName().replaceAll("\\$\\$.*", ""), 1, Integer::sum);
            return null;
        }
    }
}
