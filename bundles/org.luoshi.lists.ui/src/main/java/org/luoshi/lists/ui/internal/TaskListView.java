package org.luoshi.lists.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.export.Rows;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskPeriodDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;
import org.luoshi.ui.kit.Units;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * 重点工作任务清单 (form 附件1): filters, a page of 20, 50 or 100 tasks (PageBar), tasks made from a jurisdiction's catalog, and a dialog per
 * task to assign it, report on it and complete it. The filters can be preset by the address
 * ({@code tasks?unit=…&completed=true&overdue=true}, see {@link DrillDown}), as the figures of the summary do.
 */
@PageTitle("重点工作任务清单 · 落实")
public class TaskListView extends SecuredView {
    public static final String ROUTE = "tasks";
    /** The query parameters that preset the filters (see {@link DrillDown}). */
    static final List<String> PARAMETERS = List.of(DrillDown.JURISDICTION, DrillDown.UNIT, DrillDown.YEAR,
            DrillDown.COMPLETED, DrillDown.OVERDUE, DrillDown.UNPARSED, DrillDown.TEXT);
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<UnitDTO> unit = new ComboBox<>("单位");
    private final IntegerField year = new IntegerField("年度");
    private final ComboBox<Boolean> completed = new ComboBox<>("完成情况");
    private final Checkbox overdueOnly = new Checkbox("只看逾期");
    private final Checkbox unparsedOnly = new Checkbox("只看时限待确认");
    private final TextField text = new TextField("关键词");
    private final Grid<TaskDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("", this::load);
    /** The order asked for by a column header (the service's sort key); null: the list's own order. */
    private String sort;
    private final UnitNames unitNames = new UnitNames();
    private final Map<Long, Integer> rowNumbers = new HashMap<>();
    private final ExportButton export = ExportButton.streaming("export-tasks", "重点工作任务清单", this::fillingUnit, () -> {
                TaskQuery q = query();
                TaskService service = this.services.get(TaskService.class);
                Actor a = this.actor;
                return (exporter, header, out) -> exporter.taskList(header, Rows.paged((offset, limit) -> {
                    q.offset = offset;
                    q.limit = limit;
                    return service.list(a, q).items;
                }), out);
            });

    private Actor actor;
    private Services services;
    private long totalCount;
    private boolean loading;

    public TaskListView() {
        setSizeFull();
        H2 title = new H2("重点工作任务清单");
        Button importTasks = new Button("从任务目录生成", e -> TaskImportDialog.open(services, actor,
                selectedJurisdictionId(), unit.getValue() == null ? null : unit.getValue().id, this::imported));
        importTasks.setId("import-tasks");
        importTasks.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(title, importTasks, export);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("filter-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setClearButtonVisible(true);
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                fillUnits();
                search();
            }
        });
        unit.setId("filter-unit");
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setClearButtonVisible(true);
        unit.setPlaceholder("全部单位");
        year.setId("filter-year");
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setClearButtonVisible(true);
        year.setPlaceholder("全部年度");
        year.setWidth("11em");
        completed.setId("filter-completed");
        completed.setItems(Boolean.TRUE, Boolean.FALSE);
        completed.setItemLabelGenerator(b -> Boolean.TRUE.equals(b) ? "已完成" : "未完成");
        completed.setClearButtonVisible(true);
        completed.setPlaceholder("全部");
        completed.setWidth("9em");
        overdueOnly.setId("filter-overdue");
        unparsedOnly.setId("filter-unparsed");
        text.setId("filter-text");
        text.setPlaceholder("主要任务或具体举措中的文字");
        text.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> searchUnlessLoading());
        completed.addValueChangeListener(e -> searchUnlessLoading());
        year.addValueChangeListener(e -> searchUnlessLoading());
        overdueOnly.addValueChangeListener(e -> searchUnlessLoading());
        unparsedOnly.addValueChangeListener(e -> searchUnlessLoading());
        text.addKeyPressListener(Key.ENTER, e -> search());
        Button searchButton = new Button("查询", e -> search());
        searchButton.setId("search");
        Button reset = new Button("重置", e -> resetFilters());
        reset.setId("reset-filters");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout filters = new FlexLayout(jurisdiction, unit, year, completed, text, overdueOnly, unparsedOnly,
                searchButton, reset);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("task-grid");
        grid.addColumn(t -> t.id == null ? "" : String.valueOf(rowNumbers.getOrDefault(t.id, 0))).setHeader("序号")
                .setWidth("5em").setFlexGrow(0);
        // 目录序号, with the 目录已更新 badge when the plugin has since changed or removed the catalog entry
        grid.addColumn(LitRenderer.<TaskDTO>of("<span>${item.number}</span><span class=\"catalog-changed\" "
                + "theme=\"${item.badge}\" title=\"${item.tip}\" style=\"margin-left: 0.3em\">${item.changed}</span>")
                .withProperty("number", TaskListView::number)
                .withProperty("changed", t -> t.catalogChanged ? TaskLabels.CATALOG_CHANGED : "")
                .withProperty("badge", t -> t.catalogChanged ? TaskLabels.CATALOG_CHANGED_THEME : "")
                .withProperty("tip", t -> t.catalogChanged ? TaskLabels.CATALOG_CHANGED_TIP : ""))
                .setHeader("目录序号").setWidth("7em").setFlexGrow(0);
        grid.addColumn(t -> Labels.nz(t.mainTask)).setHeader("主要任务").setFlexGrow(2);
        grid.addColumn(t -> Labels.nz(t.measure)).setHeader("具体举措").setFlexGrow(5);
        grid.addColumn(TaskListView::responsible).setHeader("责任单位及责任人").setFlexGrow(2);
        grid.addColumn(LitRenderer.<TaskDTO>of("<span>${item.text}</span><span style=\"margin-left: 0.3em; "
                + "font-weight: 600; color: ${item.color}\">${item.flag}</span>")
                .withProperty("text", t -> t.deadline == null ? "" : Labels.nz(t.deadline.text))
                .withProperty("flag", TaskListView::deadlineFlag)
                .withProperty("color", t -> t.deadline != null && DeadlineDTO.UNPARSED.equals(t.deadline.kind)
                        ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)"))
                .setHeader("完成时限").setFlexGrow(1).setKey("deadline").setSortable(true)
                .setComparator(PageBar.serviceOrder());
        grid.addColumn(LitRenderer.<TaskDTO>of(
                "<span style=\"color: var(--lumo-error-text-color); font-weight: 600\">${item.overdue}</span>")
                .withProperty("overdue", t -> t.overdue ? "逾期" : "")).setHeader("逾期").setWidth("5em").setFlexGrow(0);
        grid.addColumn(t -> Labels.nz(t.completedOn)).setHeader("完成时间").setFlexGrow(1);
        grid.addColumn(LitRenderer.<TaskDTO>of("<span style=\"color: ${item.color}\">${item.text}</span>")
                .withProperty("text", TaskListView::progress)
                .withProperty("color", t -> t.target != null && (t.behind || t.done < t.target && t.overdue)
                        ? "var(--lumo-error-text-color)" : "inherit"))
                .setHeader("年度目标进度").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // a header sorts the whole list in the service (not just the page shown); unsorted: the catalog's order
        grid.addSortListener(e -> {
            sort = PageBar.sortKey(e.getSortOrder());
            search();
        });
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                TaskDialog.open(services, actor, e.getItem().id, this::refresh);
            }
        });


        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    /** 目录序号 with the part of the task, e.g. "11（煤矿）". */
    static String number(TaskDTO t) {
        return t.catalogNumber == null ? "" : t.catalogNumber + (t.part == null ? "" : "（" + t.part + "）");
    }

    /** A counted duty's progress, e.g. "3 / 10 项…"; empty for a task that counts nothing. */
    static String progress(TaskDTO t) {
        if (t.target == null) {
            return "";
        }
        if (!t.periods.isEmpty()) {
            long met = t.periods.stream().filter(p -> TaskPeriodDTO.MET.equals(p.state)).count();
            long shortOnes = t.periods.stream().filter(p -> TaskPeriodDTO.SHORT.equals(p.state)).count();
            TaskPeriodDTO open = t.periods.stream().filter(p -> TaskPeriodDTO.OPEN.equals(p.state)).findFirst()
                    .orElse(null);
            return TaskLabels.every(t.every) + " " + t.target + (t.targetWhat == null ? "" : " " + t.targetWhat)
                    + "：达到 " + met + " / " + t.periods.size() + " 期" + (shortOnes > 0 ? "，" + shortOnes + " 期未达到" : "")
                    + (open == null ? "" : "；" + open.label + " " + open.done + " / " + open.target);
        }
        return t.done + " / " + t.target + (t.targetWhat == null ? "" : " " + t.targetWhat)
                + (t.done >= t.target ? "（已达到）" : t.overdue ? "（未达到）" : "");
    }

    /** Each period of a recurring duty on a line: "2023年5月 1 / 1 已达到". */
    static String periods(TaskDTO t) {
        StringBuilder b = new StringBuilder();
        for (TaskPeriodDTO p : t.periods) {
            b.append(b.length() == 0 ? "" : "\n").append(p.label).append("（").append(p.from).append(" 至 ").append(p.to)
                    .append("）").append(p.done).append(" / ").append(p.target).append(" ").append(switch (p.state) {
                        case TaskPeriodDTO.MET -> "已达到";
                        case TaskPeriodDTO.SHORT -> "未达到";
                        case TaskPeriodDTO.OPEN -> "进行中";
                        default -> "未开始";
                    });
        }
        return b.toString();
    }

    static String responsible(TaskDTO t) {
        String units = Labels.nz(t.responsibleUnits);
        String persons = Labels.nz(t.responsiblePersons);
        return persons.isEmpty() ? units : units.isEmpty() ? persons : units + "（" + persons + "）";
    }

    /** 待确认 for a deadline that could not be read, 长期 for an ongoing one, the date read otherwise. */
    static String deadlineFlag(TaskDTO t) {
        DeadlineDTO d = t.deadline;
        if (d == null || d.kind == null) {
            return "";
        }
        return switch (d.kind) {
            case DeadlineDTO.UNPARSED -> "待确认";
            case DeadlineDTO.ONGOING -> "长期";
            default -> d.date == null || d.date.equals(d.text) ? "" : d.date;
        };
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        unitNames.reset(services);
        export.update(services, actor);
        QueryParameters params = queryParameters();
        boolean preset = DrillDown.hasAny(params, PARAMETERS);
        loading = true;
        try {
            String selected = preset ? DrillDown.value(params, DrillDown.JURISDICTION) : selectedJurisdictionId();
            List<JurisdictionDTO> all = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
            jurisdiction.setItems(all);
            jurisdiction.setValue(all.stream().filter(j -> Objects.equals(j.id, selected)).findFirst().orElse(null));
            if (preset && selected != null && jurisdiction.getValue() == null) {
                DrillDown.invalid("辖区 " + selected + " 未安装");
            }
            fillUnits();
            if (preset) {
                preset(params);
                pager.first();
            }
        } finally {
            loading = false;
        }
        load();
        Long open = DrillDown.recordId(queryParameters(), "任务编号");
        if (open != null) {
            TaskDialog.open(services, actor, open, this::refresh);
        }
    }

    /**
     * Sets the filters from the address (a drill-down link of the summary, see {@link DrillDown}): every filter not
     * named there is cleared, so the list shows exactly the tasks the link stands for.
     */
    private void preset(QueryParameters params) {
        unit.clear();
        year.clear();
        completed.clear();
        overdueOnly.clear();
        unparsedOnly.clear();
        text.clear();
        String unitId = DrillDown.value(params, DrillDown.UNIT);
        if (unitId != null) {
            Units.selectUnit(services, unit, unitId);
        }
        String y = DrillDown.value(params, DrillDown.YEAR);
        if (y != null) {
            try {
                int value = Integer.parseInt(y);
                if (value < 2000 || value > 2100) {
                    throw new NumberFormatException(y);
                }
                year.setValue(value);
            } catch (NumberFormatException e) {
                DrillDown.invalid("年度 " + y);
            }
        }
        try {
            completed.setValue(DrillDown.bool(params, DrillDown.COMPLETED));
            // the list can only narrow to overdue tasks: overdue=false leaves the box unchecked
            overdueOnly.setValue(Boolean.TRUE.equals(DrillDown.bool(params, DrillDown.OVERDUE)));
            unparsedOnly.setValue(Boolean.TRUE.equals(DrillDown.bool(params, DrillDown.UNPARSED)));
        } catch (IllegalArgumentException e) {
            DrillDown.invalid(e.getMessage());
        }
        String words = DrillDown.value(params, DrillDown.TEXT);
        text.setValue(words == null ? "" : words);
    }

    private String selectedJurisdictionId() {
        return jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
    }

    private void fillUnits() {
        String previousUnit = unit.getValue() == null ? null : unit.getValue().id;
        boolean wasLoading = loading;
        loading = true;
        try {
            List<UnitDTO> units = Units.filterUnits(services, actor, selectedJurisdictionId());
            unit.setItems(units);
            unit.setValue(units.stream().filter(u -> Objects.equals(u.id, previousUnit)).findFirst().orElse(null));
            unit.setPlaceholder("全部单位");
        } finally {
            loading = wasLoading;
        }
    }

    /** After an import: show the list just made (its jurisdiction, unit and year). */
    private void imported(String jurisdictionId, String unitId, int importedYear) {
        loading = true;
        try {
            jurisdiction.getListDataView().getItems().filter(j -> Objects.equals(j.id, jurisdictionId)).findFirst()
                    .ifPresent(jurisdiction::setValue);
            fillUnits();
            unit.getListDataView().getItems().filter(u -> Objects.equals(u.id, unitId)).findFirst()
                    .ifPresent(unit::setValue);
            year.setValue(importedYear);
            completed.clear();
            overdueOnly.clear();
            unparsedOnly.clear();
            text.clear();
        } finally {
            loading = false;
        }
        search();
    }

    private void resetFilters() {
        loading = true;
        try {
            jurisdiction.clear();
            fillUnits();
            unit.clear();
            year.clear();
            completed.clear();
            overdueOnly.clear();
            unparsedOnly.clear();
            text.clear();
        } finally {
            loading = false;
        }
        search();
    }

    private void searchUnlessLoading() {
        if (!loading) {
            search();
        }
    }

    private void search() {
        pager.first();
        load();
    }

    /** Reloads the current page, e.g. after the task dialog saved something. */
    void refresh() {
        load();
    }

    /** The filters as a query (first page). */
    private TaskQuery query() {
        TaskQuery q = new TaskQuery();
        q.jurisdiction = selectedJurisdictionId();
        q.unit = unit.getValue() == null ? null : unit.getValue().id;
        q.year = year.getValue();
        q.completed = completed.getValue();
        q.overdue = overdueOnly.getValue() ? Boolean.TRUE : null;
        q.unparsedDeadline = unparsedOnly.getValue() ? Boolean.TRUE : null;
        q.text = Labels.blankToNull(text.getValue());
        q.sort = sort;
        return q;
    }

    /** 填报单位 of an export: the unit filtered on, else the jurisdiction's office, else the user's own unit. */
    private String fillingUnit() {
        if (unit.getValue() != null) {
            return unit.getValue().name;
        }
        if (jurisdiction.getValue() != null && jurisdiction.getValue().unit != null) {
            return unitNames.name(jurisdiction.getValue().unit);
        }
        return actor == null || actor.units().isEmpty() ? "" : unitNames.name(actor.units().get(0));
    }

    private void load() {
        if (services == null) {
            return;
        }
        if (year.isInvalid()) {
            Feedback.error("年度应为 2000 到 2100 之间的数字");
            return;
        }
        TaskQuery q = query();
        q.offset = pager.offset();
        q.limit = pager.size();
        TaskPage result = Feedback.call(() -> services.get(TaskService.class).list(actor, q)).orElse(null);
        rowNumbers.clear();
        if (result == null) {
            grid.setItems(List.of());
            totalCount = 0;
        } else {
            totalCount = result.total;
            if (!pager.show(totalCount)) {
                load(); // the page emptied (records moved out of the filter): the last page instead
                return;
            }
            for (int i = 0; i < result.items.size(); i++) {
                TaskDTO t = result.items.get(i);
                if (t.id != null) {
                    rowNumbers.put(t.id, pager.offset() + i + 1);
                }
            }
            grid.setItems(result.items);
        }
        pager.show(totalCount);
        export.count(totalCount);
    }
}
