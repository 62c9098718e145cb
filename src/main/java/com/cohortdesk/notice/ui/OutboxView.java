package com.cohortdesk.notice.ui;

import com.cohortdesk.notice.NoticeKind;
import com.cohortdesk.notice.NoticeStatus;
import com.cohortdesk.notice.OutboxFilter;
import com.cohortdesk.notice.OutboxRow;
import com.cohortdesk.notice.OutboxService;
import com.cohortdesk.notice.OutboxSort;
import com.cohortdesk.security.CurrentUser;
import com.cohortdesk.security.Role;
import com.cohortdesk.shared.ProgrammeTime;
import com.cohortdesk.ui.Feedback;
import com.cohortdesk.ui.GridRows;
import com.cohortdesk.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The outbox: every notice with recipient, kind, subject, cause, status, tries and last error, filtered,
 * sorted and paged in the database. Administrators see all, resend failed ones and pause or resume
 * sending; faculty see the notices about their own sessions and the offerings they lead.
 */
@Route("outbox")
@PageTitle("Outbox")
@Menu(order = 5.5, icon = "vaadin:envelopes-o", title = "Outbox")
@RolesAllowed({Role.ADMIN_NAME, Role.FACULTY_NAME})
public class OutboxView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final OutboxService outbox;
    private final boolean admin;
    private final Grid<OutboxRow> grid = new Grid<>();
    private final ComboBox<NoticeStatus> status = new ComboBox<>("Status");
    private final ComboBox<NoticeKind> kind = new ComboBox<>("Kind");
    private final TextField recipient = new TextField("Recipient");
    private final Span sending = new Span();
    private final Button pause = new Button();

    OutboxView(OutboxService outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.admin = currentUser.isAdmin();
        setSizeFull();
        setId("outbox-view");
        status.setId("outbox-status");
        status.setItems(NoticeStatus.values());
        status.setItemLabelGenerator(s -> s.name().toLowerCase(Locale.ROOT));
        status.setClearButtonVisible(true);
        kind.setId("outbox-kind");
        kind.setItems(NoticeKind.values());
        kind.setItemLabelGenerator(NoticeKind::label);
        kind.setClearButtonVisible(true);
        recipient.setId("outbox-recipient");
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        recipient.addValueChangeListener(e -> refresh());
        var filters = new Div(status, kind, recipient);
        filters.addClassName("filter-bar");

        sending.setId("outbox-sending");
        pause.setId("outbox-pause");
        pause.addClickListener(e -> {
            outbox.setPaused(!outbox.paused());
            showSending();
        });
        pause.setVisible(admin);
        showSending();

        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> when(r.createdAt()))
                .setHeader("Written (UK)")
                .setKey("created")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.recipientName() + " <" + r.recipientEmail() + ">")
                .setHeader("Recipient")
                .setKey("recipient")
                .setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(r -> r.kind().label())
                .setHeader("Kind")
                .setKey("kind")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxRow::subject).setHeader("Subject").setFlexGrow(2);
        grid.addComponentColumn(OutboxView::cause)
                .setHeader("Cause")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.status().name().toLowerCase(Locale.ROOT))
                .setHeader("Status")
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxRow::tries)
                .setHeader("Tries")
                .setKey("tries")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.status() == NoticeStatus.PENDING
                        ? when(r.nextAttemptAt())
                        : r.sentAt() == null ? "" : when(r.sentAt()))
                .setHeader("Due / sent (UK)")
                .setKey("next")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.lastError() == null ? "" : r.lastError())
                .setHeader("Last error")
                .setFlexGrow(1);
        grid.setPageSize(50);
        grid.setMultiSort(false);
        GridRows.open(grid, notice -> openNotice(notice.id()));

        add(
                new ViewHeader(
                        admin
                                ? "Every notice Cohort Desk writes: change notices, reminders and digests. Open one to read it "
                                        + "as sent."
                                : "The notices about your sessions and the offerings you lead."),
                new Div(sending, pause),
                filters,
                grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void openNotice(long id) {
        var dialog = new NoticeDialog(outbox.get(id), admin);
        dialog.addResendListener(e -> {
            outbox.resend(e.noticeId());
            Feedback.saved("The notice will be sent again.");
            refresh();
            dialog.close();
        });
        dialog.addCloseListener(e -> dialog.close());
        dialog.open();
    }

    /** {@code outbox?status=failed} (the dashboard's card links there). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("status")
                .flatMap(value -> Arrays.stream(NoticeStatus.values())
                        .filter(st -> st.name().equalsIgnoreCase(value))
                        .findFirst())
                .ifPresent(status::setValue);
    }

    private void showSending() {
        var paused = outbox.paused();
        sending.setText(
                !outbox.sendingConfigured()
                        ? "No mail server is configured: notices wait in the outbox. "
                        : paused ? "Sending is paused. " : "Sending is on. ");
        pause.setText(paused ? "Resume sending" : "Pause sending");
    }

    OutboxFilter filter() {
        return new OutboxFilter(status.getValue(), kind.getValue(), recipient.getValue());
    }

    void refresh() {
        var filter = filter();
        grid.setItems(
                query -> {
                    var sorts = new LinkedHashMap<OutboxSort, Boolean>();
                    query.getSortOrders().forEach(o -> {
                        var column = column(o.getSorted());
                        if (column != null) sorts.put(column, o.getDirection() == SortDirection.ASCENDING);
                    });
                    return outbox.page(filter, query.getOffset(), query.getLimit(), sorts).stream();
                },
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, outbox.count(filter))));
    }

    private static @Nullable OutboxSort column(String key) {
        return switch (key) {
            case "created" -> OutboxSort.CREATED;
            case "recipient" -> OutboxSort.RECIPIENT;
            case "kind" -> OutboxSort.KIND;
            case "status" -> OutboxSort.STATUS;
            case "tries" -> OutboxSort.TRIES;
            case "next" -> OutboxSort.NEXT_ATTEMPT;
            default -> null;
        };
    }

    private static Component cause(OutboxRow r) {
        var text = r.causeType().toLowerCase(Locale.ROOT) + (r.causeId() == null ? "" : " #" + r.causeId());
        var link = r.causeLink();
        return link == null ? new Span(text) : new Anchor(link, text);
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ProgrammeTime.ZONE));
    }
}
