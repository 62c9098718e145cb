package com.cohortdesk.dashboard.ui;

import com.cohortdesk.dashboard.ChartFigure;
import com.cohortdesk.learner.csv.SpreadsheetCells;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One chart with its title, a sentence of what it shows, the canvas, and the same figures as an accessible table behind a
 * "Show data" toggle and as a CSV download. {@link #show} replaces the figures (the cohort filter changed).
 */
class ChartPanel extends Div {

    private static final DecimalFormat NUMBER = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final H3 title = new H3();
    private final Paragraph description = new Paragraph();
    private final ChartCanvas canvas = new ChartCanvas();
    private final Div tableWrap = new Div();
    private final Button toggle = new Button("Show data");
    private final Paragraph empty = new Paragraph("No figures yet.");
    private final AtomicReference<@Nullable ChartFigure> current = new AtomicReference<>();

    ChartPanel(ChartFigure figure, @Nullable Anchor extra) {
        addClassName("chart-panel");
        setId("chart-" + figure.id());
        title.setId("chart-title-" + figure.id());
        description.addClassName("chart-description");
        canvas.setId("chart-canvas-" + figure.id());
        tableWrap.addClassName("chart-table-wrap");
        tableWrap.setId("chart-data-" + figure.id());
        tableWrap.setVisible(false);
        empty.addClassName("chart-description");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId("chart-toggle-" + figure.id());
        toggle.getElement().setAttribute("aria-controls", tableWrap.getId().orElseThrow());
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean show = !tableWrap.isVisible();
            tableWrap.setVisible(show);
            toggle.setText(show ? "Hide data" : "Show data");
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
        });
        var csv = new Anchor(csvHandler(), AttachmentType.DOWNLOAD, "Download CSV");
        csv.setId("chart-csv-" + figure.id());
        var actions = new Div(toggle, csv);
        if (extra != null) actions.add(extra);
        actions.addClassName("chart-actions");
        add(title, description, canvas, empty, actions, tableWrap);
        show(figure);
    }

    void show(ChartFigure figure) {
        current.set(figure);
        title.setText(figure.title());
        description.setText(figure.description());
        canvas.setFigure(figure);
        canvas.setVisible(!figure.empty());
        empty.setVisible(figure.empty());
        tableWrap.removeAll();
        tableWrap.add(table(figure));
    }

    ChartFigure figure() {
        var figure = current.get();
        if (figure == null) throw new IllegalStateException("no figure shown");
        return figure;
    }

    static String cell(ChartFigure.Series series, int index) {
        var value = series.values().get(index);
        var text = value == null ? "–" : NUMBER.format(value);
        if (!series.notes().isEmpty()) text += " (" + series.notes().get(index) + ")";
        return text;
    }

    private static NativeTable table(ChartFigure figure) {
        var table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(figure.title() + " (" + figure.yTitle() + ")");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(figure.xTitle());
        figure.series().forEach(s -> head.addHeaderCell().setText(s.name()));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        var body = table.getBody();
        for (int i = 0; i < figure.labels().size(); i++) {
            NativeTableRow row = body.addRow();
            var label = row.addHeaderCell();
            label.setText(figure.labels().get(i));
            label.getElement().setAttribute("scope", "row");
            for (var series : figure.series()) row.addDataCell().setText(cell(series, i));
        }
        return table;
    }

    /** The figures as CSV: one row per label, one column per series (and a notes column where a series has notes). */
    static List<List<String>> csvRows(ChartFigure figure) {
        var rows = new ArrayList<List<String>>();
        var header = new ArrayList<String>();
        header.add(figure.xTitle());
        for (var s : figure.series()) {
            header.add(s.name());
            if (!s.notes().isEmpty()) header.add(s.name() + " (details)");
        }
        rows.add(header);
        for (int i = 0; i < figure.labels().size(); i++) {
            var row = new ArrayList<String>();
            row.add(figure.labels().get(i));
            for (var s : figure.series()) {
                var v = s.values().get(i);
                row.add(v == null ? "" : NUMBER.format(v));
                if (!s.notes().isEmpty()) row.add(s.notes().get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static String csv(ChartFigure figure) {
        return csvRows(figure).stream()
                .map(r -> r.stream().map(ChartPanel::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String csvCell(String raw) {
        var value = SpreadsheetCells.neutralise(raw);
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    private DownloadHandler csvHandler() {
        return event -> {
            var figure = new AtomicReference<ChartFigure>();
            event.getUI().accessSynchronously(() -> figure.set(figure()));
            event.setFileName(figure.get().id() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                writer.write(csv(figure.get()));
            }
        };
    }
}
