package org.luoshi.ui.internal.views;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.luoshi.api.Actor;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.WorkCountDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.Workbench;
import org.luoshi.api.workbench.WorkbenchDTO;
import org.luoshi.api.workbench.WorkbenchSource;
import org.luoshi.ui.kit.Badges;
import org.luoshi.ui.kit.Charts;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * 工作台, the first page after the login: the user's counts (each a link to its list, the overdue part in red), the
 * to-dos of every module, overdue first then by the nearest deadline, each one click from its record, and the charts.
 * Everything comes from the {@link Workbench} (the modules' contributions). The page is sent first with its frame
 * only, and filled in the next round trip, so it shows at once however many records there are.
 */
@PageTitle("工作台 · 落实")
public class WorkbenchView extends SecuredView {
    public static final String ROUTE = "workbench";
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.CHINA);
    private static final String ALL = "全部事项";

    private final Span today = new Span();
    private final FlexLayout counts = new FlexLayout();
    private final Span todoCount = new Span();
    private final Select<String> kinds = new Select<>();
    private final Grid<WorkItemDTO> todos = new Grid<>();
    private final Div charts = new Div();
    private final Span status = new Span("正在汇总待办事项…");
    private List<WorkItemDTO> items = List.of();

    public WorkbenchView() {
        setWidthFull();
        getElement().setAttribute("aria-busy", "true");
        H2 title = new H2("工作台");
        title.getStyle().set("margin", "0");
        today.setId("workbench-today");
        today.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout head = new HorizontalLayout(title, today);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        status.setId("workbench-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");

        counts.setId("workbench-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");

        H3 todoTitle = new H3("待办事项");
        todoTitle.getStyle().set("margin", "0");
        todoCount.setId("todo-count");
        kinds.setId("todo-kind");
        kinds.setAriaLabel("事项类别");
        kinds.addValueChangeListener(e -> showTodos());
        HorizontalLayout todoHead = new HorizontalLayout(todoTitle, todoCount, kinds);
        todoHead.setAlignItems(FlexComponent.Alignment.BASELINE);

        todos.setId("todo-grid");
        todos.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        todos.addComponentColumn(this::kindBadge).setHeader("事项").setAutoWidth(true).setFlexGrow(0)
                .setComparator(i -> i.kindName == null ? "" : i.kindName).setSortable(true);
        todos.addComponentColumn(this::titleLink).setHeader("内容").setFlexGrow(3)
                .setComparator(i -> i.title == null ? "" : i.title).setSortable(true);
        todos.addColumn(i -> Labels.nz(i.unitName)).setHeader("单位").setFlexGrow(1).setSortable(true);
        todos.addColumn(i -> Labels.nz(i.due)).setHeader("期限").setAutoWidth(true).setFlexGrow(0)
                .setComparator(i -> i.due == null ? "9999" : i.due).setSortable(true);
        todos.addComponentColumn(WorkbenchView::left).setHeader("剩余").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(i -> i.daysLeft == null ? Long.MAX_VALUE : i.daysLeft).setSortable(true);
        todos.setEmptyStateText("暂无待办事项");
        todos.setAllRowsVisible(true);
        todos.addItemClickListener(e -> open(e.getItem()));

        H3 chartTitle = new H3("统计图表");
        charts.setId("workbench-charts");
        charts.setWidthFull();
        charts.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(26em, 100%), 1fr))");

        add(head, status, counts, todoHead, todos, chartTitle, charts);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        LocalDate day = Labels.today();
        today.setText(day.format(DAY));
        if (services.find(Workbench.class).isEmpty()) {
            status.setText("工作台模块未启用：待办事项和统计不可用，请从左侧菜单进入各项工作。");
            return;
        }
        // the page goes out with its frame; the figures come in the next round trip (first paint is never waiting)
        UI.getCurrent().getPage().addJavaScript(Charts.SCRIPT);
        getElement().executeJs("return 0").then(ignored -> load(actor, day));
    }

    private void load(Actor actor, LocalDate day) {
        Services services = Services.current();
        WorkbenchDTO workbench = Feedback.call(() -> services.get(Workbench.class).of(actor, day)).orElse(null);
        getElement().removeAttribute("aria-busy");
        if (workbench == null) {
            status.setText("工作台暂时无法显示，请稍后刷新。");
            return;
        }
        items = workbench.items;
        Badges.put(items);
        long overdue = items.stream().filter(i -> i.overdue).count();
        // a source lists at most MAX_ITEMS of a kind (the nearest deadlines): then there are more than shown
        boolean capped = items.stream().collect(java.util.stream.Collectors.groupingBy(i -> i.kind == null ? "" : i.kind,
                java.util.stream.Collectors.counting())).values().stream().anyMatch(n -> n >= WorkbenchSource.MAX_ITEMS);
        status.setText(items.isEmpty() ? "今天没有待办事项。"
                : "共 " + items.size() + (capped ? " 项以上" : " 项") + "待办" + (overdue > 0 ? "，其中 " + overdue + " 项已逾期" : "")
                        + (capped ? "（每类列出期限最近的 " + WorkbenchSource.MAX_ITEMS + " 项，全部请看上方统计数字对应的清单）" : "") + "。");
        showCounts(workbench.counts);
        List<String> kindNames = new ArrayList<>();
        kindNames.add(ALL);
        items.stream().map(i -> i.kindName).filter(k -> k != null && !kindNames.contains(k)).forEach(kindNames::add);
        kinds.setItems(kindNames);
        kinds.setValue(ALL);
        showTodos();
        showCharts(workbench.charts);
        getUI().ifPresent(ui -> ui.getChildren().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                .findFirst().ifPresent(MainLayout::refreshBadges));
    }

    private void showTodos() {
        String kind = kinds.getValue();
        List<WorkItemDTO> shown = kind == null || ALL.equals(kind) ? items
                : items.stream().filter(i -> kind.equals(i.kindName)).toList();
        todos.setItems(shown);
        todoCount.setText("共 " + shown.size() + " 项");
    }

    private void showCounts(List<WorkCountDTO> list) {
        counts.removeAll();
        for (WorkCountDTO c : list) {
            Div tile = new Div();
            tile.setId("count-" + c.key);
            tile.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "10em");
            Span label = new Span(c.label);
            label.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            Anchor total = new Anchor(c.route, String.format("%,d", c.total));
            total.setId("count-" + c.key + "-total");
            routerLink(total);
            total.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            tile.add(label, total);
            if (c.overdue != null) {
                Anchor late = new Anchor(c.overdueRoute, "逾期 " + String.format("%,d", c.overdue));
                late.setId("count-" + c.key + "-overdue");
                routerLink(late);
                late.getElement().getThemeList().add(c.overdue > 0 ? "badge error" : "badge success");
                late.getStyle().set("margin-left", "var(--lumo-space-s)");
                tile.add(late);
            }
            counts.add(tile);
        }
    }

    private void showCharts(List<ChartDTO> list) {
        charts.removeAll();
        if (list.isEmpty()) {
            Span none = new Span("暂无可统计的数据");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            charts.add(none);
            return;
        }
        for (ChartDTO c : list) {
            Div card = new Div();
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-s)").set("min-width", "0");
            Span name = new Span(c.title);
            name.getStyle().set("font-weight", "600");
            Anchor more = new Anchor(c.route == null ? "" : c.route, "查看明细");
            routerLink(more);
            more.getStyle().set("margin-left", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
            card.add(name, more, Charts.chart(c, "chart-" + c.key, "280px"));
            charts.add(card);
        }
    }



    private Component kindBadge(WorkItemDTO i) {
        Span s = new Span(Labels.nz(i.kindName));
        s.getElement().getThemeList().add(i.overdue ? "badge error" : "badge");
        return s;
    }

    private Component titleLink(WorkItemDTO i) {
        Anchor a = new Anchor(i.route == null ? "" : i.route, i.title == null || i.title.isBlank() ? "（无标题）" : i.title);
        a.getElement().setAttribute("data-kind", Labels.nz(i.kind));
        routerLink(a);
        return a;
    }

    /** Followed inside the page by Vaadin's router (as a RouterLink is), not by loading the page afresh. */
    private static void routerLink(Anchor a) {
        a.getElement().setAttribute("router-link", true);
    }

    private static Component left(WorkItemDTO i) {
        Span s = new Span();
        if (i.daysLeft == null) {
            s.setText("—");
        } else if (i.daysLeft < 0) {
            s.setText("逾期 " + (-i.daysLeft) + " 天");
            s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else if (i.daysLeft == 0) {
            s.setText("今天到期");
            s.getStyle().set("color", "var(--lumo-warning-text-color, #b25e00)");
        } else {
            s.setText("还剩 " + i.daysLeft + " 天");
        }
        return s;
    }

    private void open(WorkItemDTO i) {
        if (i.route != null && !i.route.isBlank()) {
            String[] parts = i.route.split("\\?", 2);
            getUI().ifPresent(ui -> ui.navigate(parts[0],
                    parts.length > 1 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty()));
        }
    }

}
