package com.cohortdesk.session.ui;

import com.cohortdesk.enrollment.OfferingRow;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.session.PlannerReport;
import com.cohortdesk.session.SessionPlannerService;
import com.cohortdesk.session.TimeZonePlanner;
import com.cohortdesk.ui.QueryParams;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The time-zone planner: for a weekly slot of an offering (weekday and UK time), each enrolled learner's
 * local day and time, the share of learners for whom it falls between 08:00 and 21:00 over every week
 * of the term, and the three best slots. URL: /planner?offering=12.
 */
@Route("planner")
@PageTitle("Time-zone planner")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class PlannerView extends VerticalLayout implements BeforeEnterObserver {

    private final SessionPlannerService sessions;
    private final ComboBox<OfferingRow> offering = new ComboBox<>("Offering");
    private final Select<DayOfWeek> day = new Select<>();
    private final TimePicker time = new TimePicker("UK time (Europe/London)");
    private final IntegerField minutes = new IntegerField("Minutes");
    private final Paragraph summary = new Paragraph();
    private final Div best = new Div();
    private final Grid<PlannerReport.LearnerFit> grid = new Grid<>();

    PlannerView(SessionPlannerService sessions, OfferingService offerings, CurrentUser currentUser) {
        this.sessions = sessions;
        setSizeFull();
        addClassName("planner-view");
        offering.setItems(currentUser.isAdmin() ? offerings.offerings(null, null) : offerings.myOfferings());
        offering.setItemLabelGenerator(o -> o.moduleLabel() + " · " + o.cohortName() + ", term " + o.term());
        offering.setId("planner-offering");
        offering.setWidth("min(480px, 100%)");
        day.setLabel("Weekday");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.UK));
        day.setValue(DayOfWeek.TUESDAY);
        day.setId("planner-day");
        time.setStep(Duration.ofMinutes(30));
        time.setLocale(Locale.UK);
        time.setValue(LocalTime.of(18, 0));
        time.setId("planner-time");
        minutes.setValue(60);
        minutes.setMin(15);
        minutes.setMax(480);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setId("planner-minutes");
        summary.setId("planner-summary");
        summary.addClassName("planner-summary");
        best.setId("planner-best");
        best.addClassName("planner-best");
        grid.setId("planner-learners");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PlannerReport.LearnerFit::fullName)
                .setHeader("Learner")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(PlannerReport.LearnerFit::timeZone)
                .setHeader("Time zone")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(PlannerReport.LearnerFit::localTime)
                .setHeader("Local day and time")
                .setFlexGrow(2);
        grid.addColumn(f -> f.suitableWeeks() + " of " + f.weeks())
                .setHeader("Weeks within 08:00-21:00")
                .setComparator(PlannerReport.LearnerFit::suitableWeeks)
                .setSortable(true)
                .setAutoWidth(true);
        offering.addValueChangeListener(e -> evaluate());
        day.addValueChangeListener(e -> evaluate());
        time.addValueChangeListener(e -> evaluate());
        minutes.addValueChangeListener(e -> evaluate());
        var inputs = new Div(offering, day, time, minutes);
        inputs.addClassName("filter-bar");
        add(
                new ViewHeader(
                        "Choose an offering and a weekly slot in UK time. Every week of the offering's term is weighed, with each "
                                + "learner's clock changes; a slot suits a learner when it lies between 08:00 and 21:00 where they live."),
                inputs,
                summary,
                best,
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("offering")
                .flatMap(QueryParams::parseLong)
                .flatMap(id -> offering.getListDataView()
                        .getItems()
                        .filter(o -> o.id() == id)
                        .findFirst())
                .ifPresent(offering::setValue);
        evaluate();
    }

    private void evaluate() {
        best.removeAll();
        if (offering.isEmpty() || day.isEmpty() || time.isEmpty() || minutes.isEmpty() || minutes.getValue() < 15) {
            summary.setText("Choose an offering, a weekday, a UK time and a duration.");
            grid.setItems();
            return;
        }
        var report = sessions.plan(
                offering.getValue().id(), day.getValue(), time.getValue(), Duration.ofMinutes(minutes.getValue()));
        if (report.learners() == 0) {
            summary.setText("Nobody is enrolled in this offering yet, so there is nothing to weigh.");
            grid.setItems();
            return;
        }
        summary.setText(report.proposed().slot().label() + " suits "
                + report.proposed().percent() + "% of the learners' weeks (" + report.learners() + " learners, "
                + report.termLabel() + "). Weighed 168 slots in " + report.millis() + " ms.");
        best.add(new H3("Best weekly slots"));
        for (var slot : report.best()) best.add(bestButton(slot));
        grid.setItems(report.perLearner());
    }

    private Button bestButton(TimeZonePlanner.Evaluation evaluation) {
        var button = new Button(evaluation.slot().label() + " · " + evaluation.percent() + "%", e -> {
            day.setValue(evaluation.slot().day());
            time.setValue(evaluation.slot().time());
        });
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.addClassName("planner-best-slot");
        return button;
    }
}
