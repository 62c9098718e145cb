package com.cohortdesk.privacy.ui;

import com.cohortdesk.privacy.DueLearner;
import com.cohortdesk.privacy.PrivacyService;
import com.cohortdesk.security.Role;
import com.cohortdesk.security.StaffService;
import com.cohortdesk.security.StaffSummary;
import com.cohortdesk.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Personal data (administrators): the learners due for erasure in the next 30 days under the retention setting,
 * and the staff accounts with their access export and erasure (of disabled accounts).
 */
@Route("privacy")
@PageTitle("Personal data")
@Menu(order = 6.5, icon = "vaadin:user-check", title = "Personal data")
@RolesAllowed(Role.ADMIN_NAME)
public class PersonalDataView extends VerticalLayout {

    static final int DAYS = 30;
    /** Up to this many due learners the list is shown whole; more are paged as the grid scrolls. */
    static final int SHOWN_WHOLE = 50;

    private final PrivacyService privacy;
    private final StaffService staff;
    private final Grid<DueLearner> due = new Grid<>();
    private final Grid<StaffSummary> accounts = new Grid<>();

    PersonalDataView(PrivacyService privacy, StaffService staff) {
        this.privacy = privacy;
        this.staff = staff;
        setId("personal-data");
        var period = privacy.retentionPeriod();
        add(
                new H2("Personal data"),
                new Paragraph(
                        "Learners are erased "
                                + (period.getMonths() == 0 && period.getDays() == 0
                                        ? period.getYears() + " years"
                                        : period.toString())
                                + " after they graduate or withdraw (the retention job runs every night;"
                                + " a legal hold on the learner's page exempts them). Access exports and erasures of learners are on their pages."));

        add(new H3("Due for erasure in the next " + DAYS + " days"));
        due.setId("privacy-due");
        due.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        due.addComponentColumn(d -> new Anchor("learners/" + d.learnerId(), d.fullName()))
                .setHeader("Learner")
                .setAutoWidth(true);
        due.addColumn(DueLearner::cohortName).setHeader("Cohort");
        due.addColumn(d -> d.status().charAt(0) + d.status().substring(1).toLowerCase(Locale.ROOT))
                .setHeader("Status");
        due.addColumn(d -> LearnerPrivacySection.DAY.format(d.endedOn())).setHeader("Left on");
        due.addColumn(d -> LearnerPrivacySection.DAY.format(d.dueOn())).setHeader("Erased on or after");
        long dueCount = privacy.countDueForErasure(DAYS, SHOWN_WHOLE + 1);
        if (dueCount <= SHOWN_WHOLE) {
            due.setAllRowsVisible(true);
            due.setItems(privacy.dueForErasure(DAYS, 0, SHOWN_WHOLE));
        } else {
            // Many due (the retention job has not run for a while): pages read as the grid scrolls, no count
            due.setHeight("32rem");
            due.setItems(query -> privacy.dueForErasure(DAYS, query.getOffset(), query.getLimit()).stream());
        }
        add(dueCount == 0 ? new Paragraph("Nobody is due in the next " + DAYS + " days.") : due);

        add(
                new H3("Staff accounts"),
                new Paragraph(
                        "Disabling an account keeps it. Erasing a disabled account replaces its username,"
                                + " name and email by a pseudonym in the staff table and in the audit trail's \"who\"; the entries stay."));
        accounts.setId("privacy-staff");
        accounts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        accounts.setAllRowsVisible(true);
        accounts.addColumn(StaffSummary::displayName).setHeader("Name").setAutoWidth(true);
        accounts.addColumn(StaffSummary::username).setHeader("Username");
        accounts.addColumn(s -> s.enabled() ? "Enabled" : "Disabled").setHeader("Account");
        accounts.addComponentColumn(this::staffActions)
                .setHeader("Personal data")
                .setAutoWidth(true);
        add(accounts);
        refresh();
    }

    private Div staffActions(StaffSummary account) {
        var download = Downloads.zip(
                "personal-data-staff-" + account.id() + ".zip",
                "Download",
                out -> privacy.exportStaff(account.id(), out));
        download.setId("privacy-staff-export-" + account.id());
        var actions = new Div(download);
        actions.addClassName("detail-actions");
        if (!account.enabled() && !account.username().startsWith("erased-staff-")) {
            var erase = new Button("Erase…", e -> openErase(account));
            erase.setId("privacy-staff-erase-" + account.id());
            actions.add(erase);
        }
        return actions;
    }

    private void openErase(StaffSummary account) {
        var dialog = new ReasonDialog(
                "Erase " + account.displayName() + "?",
                "Erase for good",
                "erasure",
                true,
                new Paragraph(
                        "Username, name and email become “erased-staff-" + account.id() + "” / “Erased staff "
                                + account.id()
                                + "” in the staff table, in every record of who did what, and in the audit trail;"
                                + " the entries stay. The account stays disabled and its calendar feed stops working. This cannot be undone."));
        dialog.addConfirmListener(e -> Feedback.trySave(
                () -> {
                    privacy.eraseStaff(account.id(), e.reason());
                    dialog.close();
                    Feedback.saved("The account's personal data is erased.");
                    refresh();
                },
                dialog::showProblem,
                this::refresh));
        dialog.addCancelListener(e -> dialog.close());
        dialog.open();
    }

    private void refresh() {
        accounts.setItems(staff.listStaff());
    }
}
