package com.cohortdesk.enrollment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.enrollment.ui.OfferingDetailView;
import com.cohortdesk.enrollment.ui.OfferingListView;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.NotFoundView;
import com.cohortdesk.ui.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OfferingViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<OfferingRow> offeringGrid() {
        return _get(Grid.class, s -> s.withId("offering-grid"));
    }

    @SuppressWarnings("unchecked")
    private Grid<EnrolledLearnerRow> roster() {
        return _get(Grid.class, s -> s.withId("offering-roster"));
    }

    @Test
    void administratorSeesACohortsTermAndEnrollingAgainReportsWhy() {
        signIn("admin");
        long cohort = jdbc.queryForObject("select id from cohort where intake_year = 2026", Long.class);
        navigate("offerings?cohort=" + cohort + "&term=1");
        NavigatorKt.expectView(OfferingListView.class);
        assertThat(GridKt._size(offeringGrid())).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(offeringGrid(), 1))
                .contains("Fall 2026", "Term 1", "MLDS101 Probability and Statistics");
        var enrol = _get(Button.class, s -> s.withId("enrol-cohort"));
        assertThat(enrol.getText()).isEqualTo("Enrol Fall 2026 into term 1");
        _click(enrol);
        assertThat(_get(Paragraph.class, s -> s.withId("enrol-summary")).getText())
                .startsWith("0 learners enrolled into 0 places");
        _get(Dialog.class, s -> s.withId("enrol-report")).close();
    }

    @Test
    void offeringRosterFiltersInTheDatabase() {
        signIn("admin");
        long offering = jdbc.queryForObject(
                "select min(o.id) from offering o join cohort c on c.id = o.cohort_id " + "where c.intake_year = 2026",
                Long.class);
        navigate("offerings/" + offering);
        NavigatorKt.expectView(OfferingDetailView.class);
        int all = GridKt._size(roster());
        assertThat(all).isGreaterThan(140);
        @SuppressWarnings("unchecked")
        Select<EnrollmentStatus> status = _get(Select.class, s -> s.withId("offering-status"));
        _setValue(status, EnrollmentStatus.WITHDRAWN);
        assertThat(GridKt._findAll(roster()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(EnrollmentStatus.WITHDRAWN));
        _setValue(status, null);
        var someone = GridKt._get(roster(), 0);
        _setValue(_get(TextField.class, s -> s.withId("offering-search")), someone.email());
        assertThat(GridKt._size(roster())).isEqualTo(1);
    }

    @Test
    void facultySeeTheirOfferingsAndCannotOpenOthersByUrl() {
        signIn("ada");
        navigate("offerings");
        assertThat(GridKt._findAll(offeringGrid()))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.moduleCode()).isIn("MLDS101", "MLDS202"));
        long mine = GridKt._get(offeringGrid(), 0).id();
        long notMine = jdbc.queryForObject(
                "select min(o.id) from offering o join programme_module m on m.id = o.module_id "
                        + "where m.code = 'MLDS104'",
                Long.class);
        navigate("offerings/" + notMine);
        NavigatorKt.expectView(NotFoundView.class);
        navigate("offerings/" + mine);
        NavigatorKt.expectView(OfferingDetailView.class);
        assertThat(GridKt._size(roster())).isPositive();
    }

    @Test
    void administratorEditsTheLeadsOfAnOfferingAndFacultyCannot() {
        long offering = jdbc.queryForObject("""
                select o.id from offering o join programme_module m on m.id = o.module_id join cohort c on c.id = o.cohort_id
                where m.code = 'MLDS203' and c.intake_year = 2024""", Long.class);
        signIn("admin");
        navigate("offerings/" + offering);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<StaffSummary> leads = _get(MultiSelectComboBox.class, s -> s.withId("offering-leads"));
        assertThat(leads.getValue()).extracting(StaffSummary::username).containsExactly("divya");
        assertThat(leads.getListDataView().getItems())
                .extracting(StaffSummary::username)
                .containsExactlyInAnyOrder("ada", "ben", "chen", "divya", "elena", "farid");
        var chen = leads.getListDataView()
                .getItems()
                .filter(f -> f.username().equals("chen"))
                .findFirst()
                .orElseThrow();
        var both = new HashSet<>(leads.getValue());
        both.add(chen);
        try {
            _setValue(leads, both);
            _click(_get(Button.class, s -> s.withId("offering-leads-save")));
            assertThat(_get(Paragraph.class, s -> s.withId("offering-facts")).getText())
                    .contains("led by Dr Chen Wei, Dr Divya Raman");
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where entity_type = 'Offering' and entity_id = ? "
                                    + "and details like 'leadIds:%'",
                            Integer.class, String.valueOf(offering)))
                    .isPositive();
        } finally {
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<StaffSummary> again = _get(MultiSelectComboBox.class, s -> s.withId("offering-leads"));
            _setValue(
                    again,
                    new HashSet<>(again.getValue().stream()
                            .filter(f -> !f.username().equals("chen"))
                            .toList()));
            _click(_get(Button.class, s -> s.withId("offering-leads-save")));
        }
        assertThat(_get(Paragraph.class, s -> s.withId("offering-facts")).getText())
                .contains("led by Dr Divya Raman ·");

        navigate("login"); // a new visit: the next user gets a new view, as in a new browser session
        signIn("divya");
        navigate("offerings/" + offering);
        NavigatorKt.expectView(OfferingDetailView.class);
        LocatorJ._assertNone(MultiSelectComboBox.class);
    }
}
