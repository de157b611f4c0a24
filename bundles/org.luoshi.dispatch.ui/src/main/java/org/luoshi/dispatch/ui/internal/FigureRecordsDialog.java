package org.luoshi.dispatch.ui.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The records behind a computed figure of a report form (钻取): the figure's list query — a path such as
 * {@code /api/hazards?unit=…&foundFrom=…&foundTo=…&source=SELF_REPORT&major=true&rectifiedBy=…} or
 * {@code /api/tasks?unit=…&year=…&asOf=…&overdue=true} — read into a {@link HazardQuery} or a {@link TaskQuery} and
 * shown a page of 20 at a time. A query this face cannot read is refused with a message, never shown unfiltered.
 */
final class FigureRecordsDialog extends Dialog {
    static final int PAGE_SIZE = 20;
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    /** One of the two: the hazards or the tasks behind the figure. */
    private final HazardQuery query;
    private final TaskQuery taskQuery;
    private final Grid<HazardDTO> grid = new Grid<>();
    private final Grid<TaskDTO> taskGrid = new Grid<>();
    private final Button previous = new Button("上一页");
    private final Button next = new Button("下一页");
    private final Span pageInfo = new Span();
    private final Span total = new Span();
    private final UnitNames names = new UnitNames();
    private int page;
    private long totalCount;

    /** Opens the records of a figure, or tells the user why they cannot be shown. */
    static void open(Services services, Actor actor, String title, String figure, String drillDown) {
        try {
            if (route(drillDown).endsWith("/tasks")) {
                new FigureRecordsDialog(services, actor, title, figure, null, taskQuery(drillDown)).open();
            } else {
                new FigureRecordsDialog(services, actor, title, figure, hazardQuery(drillDown), null).open();
            }
        } catch (IllegalArgumentException e) {
            Feedback.error("无法显示该数字的明细：" + e.getMessage());
        }
    }

    private static String route(String drillDown) {
        if (drillDown == null || drillDown.isBlank()) {
            throw new IllegalArgumentException("没有明细查询");
        }
        String path = drillDown.strip();
        int question = path.indexOf('?');
        return question < 0 ? path : path.substring(0, question);
    }

    /** The name, value pairs of a query string, decoded; blank values left out. */
    private static List<String[]> parameters(String drillDown) {
        List<String[]> out = new ArrayList<>();
        String path = drillDown.strip();
        int question = path.indexOf('?');
        if (question < 0) {
            return out;
        }
        for (String pair : path.substring(question + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
            if (!value.isEmpty()) {
                out.add(new String[] { name, value });
            }
        }
        return out;
    }

    /**
     * Reads a figure's task query ({@code /api/tasks}): jurisdiction, unit, year, completed, overdue, asOf,
     * unparsedDeadline, q; anything else is refused rather than widened.
     */
    static TaskQuery taskQuery(String drillDown) {
        if (!route(drillDown).endsWith("/tasks")) {
            throw new IllegalArgumentException("不支持的明细 " + route(drillDown));
        }
        TaskQuery q = new TaskQuery();
        for (String[] p : parameters(drillDown)) {
            String name = p[0];
            String value = p[1];
            switch (name) {
                case "jurisdiction" -> q.jurisdiction = value;
                case "unit" -> q.unit = value;
                case "year" -> {
                    try {
                        q.year = Integer.valueOf(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("年度 " + value);
                    }
                }
                case "completed" -> q.completed = bool(name, value);
                case "overdue" -> q.overdue = bool(name, value);
                case "unparsedDeadline" -> q.unparsedDeadline = bool(name, value);
                case "asOf" -> q.asOf = value;
                case "q" -> q.text = value;
                case "offset", "limit" -> {
                    // paging is the dialog's own
                }
                default -> throw new IllegalArgumentException("未知的筛选条件 " + name);
            }
        }
        return q;
    }

    /**
     * Reads a figure's list query. Only the hazard list ({@code /api/hazards}) is known; every parameter must be one
     * of the list's filters (jurisdiction, unit, source, major, listed, status, overdue, foundFrom, foundTo,
     * rectifiedBy, q), or the query is refused rather than widened.
     */
    static HazardQuery hazardQuery(String drillDown) {
        String route = route(drillDown);
        if (!route.endsWith("/hazards")) {
            throw new IllegalArgumentException("不支持的明细 " + route);
        }
        HazardQuery q = new HazardQuery();
        for (String[] p : parameters(drillDown)) {
            String name = p[0];
            String value = p[1];
            switch (name) {
                case "jurisdiction" -> q.jurisdiction = value;
                case "unit" -> q.unit = value;
                case "source" -> {
                    q.source = HazardSource.parse(value);
                    if (q.source == null) {
                        throw new IllegalArgumentException("来源 " + value);
                    }
                }
                case "status" -> {
                    q.status = HazardStatus.parse(value);
                    if (q.status == null) {
                        throw new IllegalArgumentException("状态 " + value);
                    }
                }
                case "major" -> q.major = bool(name, value);
                case "listed" -> q.listed = bool(name, value);
                case "overdue" -> q.overdue = bool(name, value);
                case "foundFrom" -> q.foundFrom = value;
                case "foundTo" -> q.foundTo = value;
                case "rectifiedBy" -> q.rectifiedBy = value;
                case "q" -> q.text = value;
                case "offset", "limit" -> {
                    // paging is the dialog's own
                }
                default -> throw new IllegalArgumentException("未知的筛选条件 " + name);
            }
        }
        return q;
    }

    private static Boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "是" -> Boolean.TRUE;
            case "false", "0", "否" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(name + "=" + value);
        };
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private FigureRecordsDialog(Services services, Actor actor, String title, String figure, HazardQuery query,
            TaskQuery taskQuery) {
        this.services = services;
        this.actor = actor;
        this.query = query;
        this.taskQuery = taskQuery;
        names.reset(services);
        setId("drill-dialog");
        setHeaderTitle("明细：" + title + (figure == null ? "" : "（" + figure + "）"));
        setWidth("min(72em, 95vw)");
        setDraggable(true);
        setResizable(true);

        Span scope = new Span(query != null ? describe(query) : describe(taskQuery));
        scope.setId("drill-scope");
        scope.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        grid.setId("drill-grid");
        grid.addColumn(h -> h.id == null ? "" : String.valueOf(h.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(h -> names.name(h.unit)).setHeader("单位").setFlexGrow(2);
        grid.addColumn(h -> h.source == null ? "" : h.source.label()).setHeader("来源").setFlexGrow(1);
        grid.addColumn(h -> Labels.nz(h.description)).setHeader("问题隐患描述").setFlexGrow(5);
        grid.addColumn(h -> Labels.nz(h.inspectionDate)).setHeader("检查时间").setFlexGrow(1);
        grid.addColumn(h -> Labels.yesNo(h.major)).setHeader("重大").setWidth("5em").setFlexGrow(0);
        grid.addColumn(h -> Labels.yesNo(h.listed)).setHeader("挂牌督办").setWidth("6em").setFlexGrow(0);
        grid.addColumn(h -> h.status == null ? "" : h.status.label()).setHeader("状态").setFlexGrow(1);
        grid.addColumn(h -> Labels.nz(h.completedOn)).setHeader("整改完成时间").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setVisible(query != null);

        taskGrid.setId("drill-task-grid");
        taskGrid.addColumn(t -> t.id == null ? "" : String.valueOf(t.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        taskGrid.addColumn(t -> names.name(t.unit)).setHeader("单位").setFlexGrow(2);
        taskGrid.addColumn(t -> String.valueOf(t.year)).setHeader("年度").setWidth("5em").setFlexGrow(0);
        taskGrid.addColumn(t -> Labels.nz(t.mainTask)).setHeader("主要任务").setFlexGrow(2);
        taskGrid.addColumn(t -> Labels.nz(t.measure)).setHeader("具体举措").setFlexGrow(5);
        taskGrid.addColumn(t -> Labels.deadline(t.deadline)).setHeader("完成时限").setFlexGrow(1);
        taskGrid.addColumn(t -> Labels.nz(t.completedOn)).setHeader("完成时间").setFlexGrow(1);
        taskGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        taskGrid.setAllRowsVisible(true);
        taskGrid.setVisible(taskQuery != null);

        previous.setId("drill-prev");
        previous.addClickListener(e -> goTo(page - 1));
        next.setId("drill-next");
        next.addClickListener(e -> goTo(page + 1));
        pageInfo.setId("drill-page-info");
        total.setId("drill-total");
        HorizontalLayout paging = new HorizontalLayout(previous, pageInfo, next, total);
        paging.setAlignItems(FlexComponent.Alignment.BASELINE);

        Span note = new Span("明细为当前符合统计口径的记录；已提交的表中数字为提交时冻结的数值。");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(scope, grid, taskGrid, paging, note);
        Button close = new Button("关闭", e -> close());
        close.setId("drill-close");
        getFooter().add(close);
        load();
    }

    /** The filters in words, e.g. 单位：能源股（含下级）；来源：企业自查自报；重大隐患；检查时间 2023-04-25 至 2023-06-28. */
    private String describe(HazardQuery q) {
        StringBuilder s = new StringBuilder("统计口径：");
        s.append(q.unit == null ? "全部单位" : names.name(q.unit) + "（含下级）");
        if (q.source != null) {
            s.append("；来源：").append(q.source.label());
        }
        if (q.major != null) {
            s.append(q.major ? "；重大事故隐患" : "；一般隐患");
        }
        if (q.listed != null) {
            s.append(q.listed ? "；挂牌督办" : "；未挂牌督办");
        }
        if (q.status != null) {
            s.append("；状态：").append(q.status.label());
        }
        if (Boolean.TRUE.equals(q.overdue)) {
            s.append("；逾期");
        }
        if (q.foundFrom != null || q.foundTo != null) {
            s.append("；检查时间 ").append(Labels.nz(q.foundFrom)).append(" 至 ").append(Labels.nz(q.foundTo));
        }
        if (q.rectifiedBy != null) {
            s.append("；").append(q.rectifiedBy).append(" 前已整改完成");
        }
        return s.toString();
    }

    /** The task filters in words, e.g. 单位：能源股（含下级）；2023 年度；截至 2023-06-28 逾期未完成. */
    private String describe(TaskQuery q) {
        StringBuilder s = new StringBuilder("统计口径：");
        s.append(q.unit == null ? "全部单位" : names.name(q.unit) + "（含下级）");
        if (q.year != null) {
            s.append("；").append(q.year).append(" 年度重点工作任务");
        }
        if (q.asOf != null) {
            s.append("；截至 ").append(q.asOf);
        }
        if (q.completed != null) {
            s.append(q.completed ? "；已完成" : "；未完成");
        }
        if (Boolean.TRUE.equals(q.overdue)) {
            s.append("；逾期");
        }
        return s.toString();
    }

    private void goTo(int newPage) {
        page = Math.max(0, newPage);
        load();
    }

    private void load() {
        List<?> items;
        if (query != null) {
            query.offset = page * PAGE_SIZE;
            query.limit = PAGE_SIZE;
            HazardPage result = Feedback.call(() -> services.get(HazardService.class).list(actor, query)).orElse(null);
            List<HazardDTO> rows = result == null ? List.of() : result.items;
            totalCount = result == null ? 0 : result.total;
            grid.setItems(rows);
            items = rows;
        } else {
            taskQuery.offset = page * PAGE_SIZE;
            taskQuery.limit = PAGE_SIZE;
            TaskPage result = Feedback.call(() -> services.get(TaskService.class).list(actor, taskQuery)).orElse(null);
            List<TaskDTO> rows = result == null ? List.of() : result.items;
            totalCount = result == null ? 0 : result.total;
            taskGrid.setItems(rows);
            items = rows;
        }
        long pages = Math.max(1, (totalCount + PAGE_SIZE - 1) / PAGE_SIZE);
        pageInfo.setText("第 " + (page + 1) + " / " + pages + " 页");
        total.setText("共 " + totalCount + " 条");
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < totalCount && !items.isEmpty());
    }
}
