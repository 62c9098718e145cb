package com.cohortdesk.enrollment.ui;

import com.cohortdesk.enrollment.EnrolledLearnerRow;
import com.cohortdesk.enrollment.EnrollmentService;
import com.cohortdesk.enrollment.EnrollmentStatus;
import com.cohortdesk.enrollment.OfferingDetails;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.DetailRoute;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.Filters;
import com.cohortdesk.ui.ResponsiveGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** One offering and its learners (lazy, filtered and sorted in the database). URL: /offerings/{id}. */
@Route("offerings/:offeringId")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class OfferingDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final OfferingService offerings;
    private final EnrollmentService enrollments;
    private final StaffService staff;
    private final boolean admin;
    private final Grid<EnrolledLearnerRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<EnrollmentStatus> status = new Select<>();
    private OfferingDetails offering;

    OfferingDetailView(
            OfferingService offerings, EnrollmentService enrollments, StaffService staff, CurrentUser currentUser) {
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.staff = staff;
        this.admin = currentUser.isAdmin();
        addClassName("detail-view");
        setSizeFull();
        setId("offering-detail");
        text.setPlaceholder("Name or email");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("offering-search");
        status.setItems(EnrollmentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setId("offering-status");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("offering-roster");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(EnrolledLearnerRow::fullName)
                .setHeader("Name")
                .setKey("fullName")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(EnrolledLearnerRow::email)
                .setHeader("Email")
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(EnrolledLearnerRow::country)
                .setHeader("Country")
                .setKey("country")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(EnrolledLearnerRow::timeZone)
                .setHeader("Time zone")
                .setKey("timeZone")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.status().label())
                .setHeader("Status")
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(r -> r.status() == EnrollmentStatus.ENROLLED ? withdrawButton(r) : new Div())
                    .setHeader("Action")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        // a lazy roster: on a phone it keeps scrolling inside itself instead of fetching every learner
        ResponsiveGrid.cards(grid, r -> {
                    var card = ResponsiveGrid.card(
                            ResponsiveGrid.line(r.fullName(), "title"),
                            ResponsiveGrid.line(r.email(), "meta"),
                            ResponsiveGrid.line(
                                    r.country() + " · " + r.timeZone() + " · "
                                            + r.status().label(),
                                    "meta"));
                    if (admin && r.status() == EnrollmentStatus.ENROLLED) card.add(withdrawButton(r));
                    return card;
                })
                .allRowsOnPhone(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offering = DetailRoute.load(event.getRouteParameters(), "offeringId", "offering", offerings::get);
        render();
    }

    @Override
    public String getPageTitle() {
        return DetailRoute.title(offering, "Offering", o -> o.moduleCode() + " · " + o.cohortName());
    }

    private void render() {
        removeAll();
        var facts = new Paragraph(offering.cohortName() + ", term " + offering.term() + ": "
                + DAY.format(offering.dates().startsOn())
                + " – " + DAY.format(offering.dates().endsOn()) + " (UK) · "
                + offering.ects().stripTrailingZeros().toPlainString()
                + " ECTS · led by " + (offering.leads().isEmpty() ? "nobody yet" : String.join(", ", offering.leads()))
                + " · "
                + offering.taken() + " places taken");
        facts.setId("offering-facts");
        var filters = new Div(text, status);
        filters.addClassName("filter-bar");
        var filtersToggle = Filters.toggle(filters);
        grid.setItems(query -> offerings
                .roster(
                        offering.id(),
                        status.getValue(),
                        text.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        add(
                new H2(offering.moduleCode() + " " + offering.moduleTitle()
                        + (offering.parts() > 1 ? " (part " + offering.part() + ")" : "")),
                facts);
        if (admin) add(leadsEditor());
        add(filtersToggle, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Administrators choose the offering's leads among the faculty; the change is audited with the offering. */
    private Div leadsEditor() {
        // A disabled account (someone who left) is not offered as a new lead; a current lead stays listed.
        var faculty = staff.listStaff().stream()
                .filter(s -> s.roles().contains(Role.FACULTY))
                .filter(s -> s.enabled() || offering.leadIds().contains(s.id()))
                .sorted(Comparator.comparing(StaffSummary::displayName))
                .toList();
        var leads = new MultiSelectComboBox<StaffSummary>("Led by");
        leads.setId("offering-leads");
        leads.setItems(faculty);
        leads.setItemLabelGenerator(StaffSummary::displayName);
        leads.setValue(faculty.stream()
                .filter(f -> offering.leadIds().contains(f.id()))
                .toList());
        leads.setHelperText("Faculty who lead this offering read its learners, sessions, deadlines and extensions.");
        leads.setMinWidth("24em");
        var problem = new Paragraph();
        problem.addClassName("form-problems");
        problem.setVisible(false);
        var save = Feedback.primary("Save leads", () -> {
            var ids = leads.getValue().stream().map(StaffSummary::id).collect(Collectors.toSet());
            if (Feedback.trySave(
                    () -> offering = offerings.setLeads(offering.id(), offering.version(), ids),
                    message -> {
                        problem.setText(message);
                        problem.setVisible(true);
                    },
                    this::reload)) {
                Feedback.saved("Leads of " + offering.moduleCode() + " saved.");
                render();
            }
        });
        save.setId("offering-leads-save");
        var box = new Div(leads, save, problem);
        box.addClassName("filter-bar");
        return box;
    }

    private void reload() {
        offering = offerings.get(offering.id());
        render();
    }

    private Button withdrawButton(EnrolledLearnerRow row) {
        var button = new Button("Withdraw", e -> openWithdraw(row));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openWithdraw(EnrolledLearnerRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Withdraw " + row.fullName() + " from " + offering.moduleCode());
        var reason = new TextArea("Reason");
        reason.setWidthFull();
        reason.setId("withdraw-reason");
        var problem = new Paragraph();
        problem.addClassName("form-problems");
        problem.setVisible(false);
        var confirm = Feedback.primary("Withdraw from module", () -> {
            if (Feedback.trySave(
                    () -> enrollments.changePlace(
                            row.enrollmentId(), row.version(), EnrollmentStatus.WITHDRAWN, reason.getValue()),
                    message -> {
                        problem.setText(message);
                        problem.setVisible(true);
                    },
                    () -> {
                        dialog.close();
                        grid.getDataProvider().refreshAll();
                    })) {
                dialog.close();
                grid.getDataProvider().refreshAll();
                Feedback.saved(row.fullName() + " withdrawn from " + offering.moduleCode() + ".");
            }
        });
        confirm.setId("withdraw-confirm");
        dialog.add(
                new Paragraph("The place is released; the learner stays in the programme."),
                reason,
                problem,
                new Div(confirm, new Button("Cancel", e -> dialog.close())));
        dialog.open();
    }
}
