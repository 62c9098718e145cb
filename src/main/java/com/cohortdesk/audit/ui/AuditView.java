package com.cohortdesk.audit.ui;

import com.cohortdesk.audit.AuditEntry;
import com.cohortdesk.audit.AuditFilter;
import com.cohortdesk.audit.AuditService;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail (administrators only): who changed what and when, sign-ins and refused access,
 * filtered and paged in the database. Deep links: {@code audit?entity=Learner&id=123}, {@code audit?who=ada}.
 */
@Route("audit")
@PageTitle("Audit trail")
@Menu(order = 6, icon = "vaadin:clipboard-text", title = "Audit trail")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField who = new TextField("Who");
    private final ComboBox<String> entityType = new ComboBox<>("Record type");
    private final TextField entityId = new TextField("Record id");
    private final DatePicker from = new DatePicker("From (UK date)");
    private final DatePicker to = new DatePicker("To (UK date)");

    AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        setId("audit-view");
        who.setId("audit-who");
        who.setValueChangeMode(ValueChangeMode.LAZY);
        who.setClearButtonVisible(true);
        entityType.setId("audit-entity-type");
        entityType.setItems(audit.entityTypes());
        entityType.setClearButtonVisible(true);
        entityId.setId("audit-entity-id");
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        for (var field : new HasValue<?, ?>[] {who, entityType, entityId, from, to}) {
            field.addValueChangeListener(e -> refresh());
        }
        var filters = new Div(who, entityType, entityId, from, to);
        filters.addClassName("filter-bar");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> WHEN.format(e.occurredAt().atZone(ProgrammeTime.ZONE)))
                .setHeader("When (UK)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.action().replace('_', ' ').toLowerCase(Locale.ROOT))
                .setHeader("What")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.entityType() == null
                        ? ""
                        : e.entityType() + (e.entityId() == null ? "" : " #" + e.entityId()))
                .setHeader("Record")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.details() == null ? "" : e.details())
                .setHeader("Details")
                .setFlexGrow(1);
        // one column, not two: each grid column costs the open page a node and six listeners (issue #15)
        grid.addColumn(AuditEntry::origin)
                .setHeader("Address · node")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(20);

        add(
                new ViewHeader(
                        "Every change to cohorts, learners, modules and staff accounts, and every sign-in, failed "
                                + "sign-in, lockout and refused access. Newest first."),
                filters,
                grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("entity").ifPresent(entityType::setValue);
        parameters.getSingleParameter("id").ifPresent(entityId::setValue);
        parameters.getSingleParameter("who").ifPresent(who::setValue);
    }

    AuditFilter filter() {
        return new AuditFilter(
                who.getValue(),
                entityType.getValue(),
                entityId.getValue(),
                startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ProgrammeTime.ZONE).toInstant();
    }

    private void refresh() {
        var filter = filter();
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream());
    }
}
