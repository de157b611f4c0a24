package org.luoshi.ui.kit;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.ChartSeriesDTO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * Charts drawn by Apache ECharts (served by the UI shell, loaded once per page): a {@link ChartDTO} becomes a line,
 * bar or pie chart in a {@code Div} with the figures in words as its {@code aria-label} (for screen readers, and for
 * tests: the canvas itself says nothing).
 */
public final class Charts {
    /** The ECharts file the shell serves below {@code /static/} (the version of the pom's {@code echarts.version}). */
    public static final String FILE = "echarts-5.3.1.min.js";
    /** Its address for {@code Page.addJavaScript}. */
    public static final String SCRIPT = "context://static/" + FILE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    /** A chart of {@code height} (CSS) with the element id {@code id}, drawn when it reaches the browser. */
    public static Div chart(ChartDTO c, String id, String height) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().addJavaScript(SCRIPT);
        }
        Div canvas = new Div();
        canvas.setId(id);
        canvas.setHeight(height);
        canvas.setWidthFull();
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", c.title + "：" + describe(c));
        canvas.getElement().executeJs("const el = this, option = JSON.parse($0); const draw = (n) => {"
                + " if (!window.echarts) { if (n < 200) setTimeout(() => draw(n + 1), 50); return; }"
                + " const c = echarts.getInstanceByDom(el) || echarts.init(el); c.setOption(option, true);"
                + " if (!el.__ro) { el.__ro = new ResizeObserver(() => c.resize()); el.__ro.observe(el); } }; draw(0);",
                option(c));
        return canvas;
    }

    /** The figures in words: "series：category value，…；…". */
    public static String describe(ChartDTO c) {
        List<String> parts = new ArrayList<>();
        for (ChartSeriesDTO s : c.series) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < c.categories.size() && i < s.values.size(); i++) {
                values.add(c.categories.get(i) + " " + (s.values.get(i) == null ? "—" : s.values.get(i)));
            }
            parts.add(s.name + "：" + String.join("，", values));
        }
        return String.join("；", parts);
    }

    /** The ECharts option of a chart. */
    public static String option(ChartDTO c) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("tooltip").put("trigger", "pie".equals(c.type) ? "item" : "axis");
        o.putObject("legend").put("bottom", 0);
        if ("pie".equals(c.type)) {
            ObjectNode s = o.putArray("series").addObject();
            s.put("type", "pie");
            s.putArray("radius").add("35%").add("62%");
            s.putArray("center").add("50%").add("45%");
            ArrayNode data = s.putArray("data");
            List<Number> values = c.series.isEmpty() ? List.of() : c.series.get(0).values;
            for (int i = 0; i < c.categories.size() && i < values.size(); i++) {
                data.addObject().put("name", c.categories.get(i)).put("value", values.get(i).doubleValue());
            }
        } else {
            ObjectNode grid = o.putObject("grid");
            grid.put("left", 8).put("right", 16).put("top", 16).put("bottom", 48).put("containLabel", true);
            ObjectNode x = o.putObject("xAxis");
            x.put("type", "category");
            ArrayNode cats = x.putArray("data");
            c.categories.forEach(cats::add);
            x.putObject("axisLabel").put("interval", 0).put("rotate", c.categories.size() > 6 ? 30 : 0);
            o.putObject("yAxis").put("type", "value").put("minInterval", 1);
            ArrayNode series = o.putArray("series");
            for (ChartSeriesDTO s : c.series) {
                ObjectNode n = series.addObject();
                n.put("name", s.name).put("type", "line".equals(c.type) ? "line" : "bar");
                ArrayNode data = n.putArray("data");
                s.values.forEach(v -> {
                    if (v == null) {
                        data.addNull(); // no figure for that category (e.g. a month before the unit was ranked)
                    } else {
                        data.add(v.doubleValue());
                    }
                });
            }
        }
        return o.toString();
    }
}
