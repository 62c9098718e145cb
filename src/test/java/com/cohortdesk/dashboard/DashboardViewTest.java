package com.cohortdesk.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.dashboard.ui.DashboardView;
import com.cohortdesk.security.ui.LoginView;
import com.cohortdesk.ui.StatCard;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends ViewTest {

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        navigate("");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void administratorSeesProgrammeFiguresWithLinks() {
        signIn("admin");
        navigate("");
        NavigatorKt.expectView(DashboardView.class);
        var cards = _find(StatCard.class);
        assertThat(cards).extracting(c -> c.getHref()).containsExactly("cohorts", "learners", "modules", "staff");
        assertThat(cards.get(1).getElement().getTextRecursively())
                .contains("600")
                .contains("Learners");
        assertThat(cards.get(2).getElement().getTextRecursively()).contains("12");
        @SuppressWarnings("unchecked")
        Grid<Object> cohortsNow = _get(Grid.class, spec -> spec.withId("cohorts-now"));
        assertThat(GridKt._size(cohortsNow)).isEqualTo(4);
        assertThat(navigationLabels())
                .containsExactly(
                        "Dashboard",
                        "Cohorts",
                        "Learners",
                        "Offerings",
                        "Live sessions",
                        "Deadlines",
                        "Calendar",
                        "Deadline load",
                        "Modules",
                        "Staff",
                        "Outbox",
                        "Audit trail",
                        "Personal data");
    }

    @Test
    void facultySeeTheirOwnModulesAndNoProgrammeFigures() {
        signIn("chen");
        navigate("");
        _assertNone(StatCard.class);
        @SuppressWarnings("unchecked")
        Grid<Object> mine = _get(Grid.class, spec -> spec.withId("my-modules"));
        assertThat(GridKt._size(mine)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(mine, 0)).contains("MLDS103", "Programming for Data Science (Python and R)");
        assertThat(GridKt._getFormattedRow(mine, 1)).contains("MLDS301");
        assertThat(navigationLabels())
                .containsExactly(
                        "Dashboard",
                        "Learners",
                        "Offerings",
                        "Live sessions",
                        "Deadlines",
                        "Calendar",
                        "Modules",
                        "Outbox");
    }

    /** The side navigation's pages, as the browser gets them: vaadin-side-nav-item markup (MainLayout, StaticMarkup). */
    private static List<String> navigationLabels() {
        var html = _get(SideNav.class).getElement().getProperty("innerHTML");
        return Jsoup.parseBodyFragment(html).select("vaadin-side-nav-item").stream()
                .map(Element::text)
                .toList();
    }
}
