package com.cohortdesk.dashboard.ui;

import com.cohortdesk.dashboard.ChartFigure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A thin Flow wrapper of Chart.js 4 ({@code src/main/frontend/cd-chart.js}): the figures go to the element as JSON
 * in one attribute, so setting new figures redraws it; colours come from the Lumo theme in the browser.
 */
@Tag("cd-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./cd-chart.js")
public class ChartCanvas extends Component implements HasSize {

    public ChartCanvas() {}

    public void setFigure(ChartFigure figure) {
        getElement().setAttribute("data-figure", toJson(figure));
    }

    static String toJson(ChartFigure figure) {
        return "{\"kind\":" + quote(figure.kind().name()) + ",\"title\":" + quote(figure.title()) + ",\"xTitle\":"
                + quote(figure.xTitle())
                + ",\"yTitle\":" + quote(figure.yTitle()) + ",\"labels\":" + strings(figure.labels()) + ",\"series\":"
                + figure.series().stream()
                        .map(s -> "{\"name\":" + quote(s.name()) + ",\"values\":" + numbers(s.values()) + ",\"notes\":"
                                + strings(s.notes()) + "}")
                        .collect(Collectors.joining(",", "[", "]"))
                + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartCanvas::quote).collect(Collectors.joining(",", "[", "]"));
    }

    private static String numbers(List<@Nullable Double> values) {
        return values.stream()
                .map(v -> v == null || v.isNaN() || v.isInfinite() ? "null" : String.format(Locale.ROOT, "%s", v))
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String quote(String value) {
        var out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029)
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
