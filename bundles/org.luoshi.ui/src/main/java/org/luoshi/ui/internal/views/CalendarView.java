package org.luoshi.ui.internal.views;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CalendarService;
import org.luoshi.api.cycle.CalendarYearDTO;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;

/**
 * 法定节假日, for administrators: the years of the statutory calendar the platform knows (shipped with it, or loaded
 * here) and loading one year's arrangement from a TSV file once the State Council General Office has published it —
 * checked whole by the service, which lists every problem by line (shown here) and keeps nothing then. A loaded year
 * can be replaced by another upload or removed; shipped years cannot. Anyone else gets a refusal instead of the content.
 */
@PageTitle("法定节假日 · 落实")
public class CalendarView extends SecuredView {
    public static final String ROUTE = "calendar";
    /** The id of the refusal shown to a user who is not an administrator. */
    static final String FORBIDDEN_ID = "calendar-forbidden";
    /** What the browser sends at most (the service's own limit, 64 KB, is checked there with a clear message). */
    static final int MAX_UPLOAD = 1024 * 1024;
    private static final long serialVersionUID = 1L;

    private final VerticalLayout content = new VerticalLayout();
    private final Grid<CalendarYearDTO> grid = new Grid<>();
    private final Span count = new Span();
    private final Div warning = new Div();
    private final IntegerField year = new IntegerField("年份");
    private final Div problems = new Div();
    private Actor actor;
    private Services services;

    public CalendarView() {
        setSizeFull();
        content.setPadding(false);
        content.setSizeFull();

        H2 title = new H2("法定节假日");
        Button refresh = new Button("刷新", e -> reload());
        refresh.setId("calendar-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("calendar-count");
        HorizontalLayout head = new HorizontalLayout(title, refresh, count);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph("报送截止日遇法定节假日顺延到下一个工作日，调休上班日按工作日计。平台随附 2022—2026 年的"
                + "国务院办公厅节假日安排；其后每年的安排公布后（通常在上一年 10—11 月），由管理员在此载入，无需重启，"
                + "各周期的截止日随即按新安排计算。尚未载入的年份只按周末计算，截止日标为“临时”。");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        warning.setId("calendar-view-warning");
        warning.getStyle().set("color", "var(--lumo-error-text-color)");

        grid.setId("calendar-grid");
        grid.addColumn(y -> y.year + "年").setHeader("年份").setWidth("6em").setFlexGrow(0);
        grid.addColumn(y -> CalendarYearDTO.SHIPPED.equals(y.source) ? "随平台发布" : "管理员载入").setHeader("来源")
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(y -> y.holidays).setHeader("放假天数").setWidth("6em").setFlexGrow(0);
        grid.addColumn(y -> y.makeUpDays).setHeader("调休上班天数").setWidth("7em").setFlexGrow(0);
        grid.addColumn(y -> (Labels.nz(y.uploadedBy) + " " + Dates.minutes(y.uploadedAt)).strip()).setHeader("载入人与时间")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("操作").setWidth("6em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMinHeight("12em");

        content.add(head, intro, warning, grid, uploadBox());
        content.setFlexGrow(1, grid);
    }

    /** The year, the file and the format. */
    private Component uploadBox() {
        H4 heading = new H4("载入一年的安排");
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        year.setId("calendar-year");
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setWidth("9em");
        Upload upload = Uploads.upload("calendar-upload", MAX_UPLOAD, this::received, ".tsv", ".txt",
                "text/tab-separated-values", "text/plain");
        Button pick = new Button("上传安排文件（.tsv）");
        upload.setUploadButton(pick);
        HorizontalLayout row = new HorizontalLayout(year, upload);
        row.setAlignItems(FlexComponent.Alignment.END);
        Span hint = new Span("UTF-8 文本，不超过 64 KB；每行一天：日期、HOLIDAY（放假）或 WORKDAY（调休上班）、名称，以制表符分隔，"
                + "# 开头的行为注释。须包括七个法定节日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节），所有日期在该年内，"
                + "每天只列一次，调休上班只在星期六、星期日。先整体校验，有误则逐行列出、不作保存；已载入的年份再次上传即替换。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Pre example = new Pre("# 格式示例（2099年为虚构年份，日期须按国务院办公厅通知逐日填写）\n2099-01-01\tHOLIDAY\t元旦\n"
                + "2099-02-16\tHOLIDAY\t春节\n2099-02-21\tWORKDAY\t春节调休上班");
        example.setId("calendar-example");
        example.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        problems.setId("calendar-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);
        VerticalLayout box = new VerticalLayout(heading, row, hint, example, problems);
        box.setPadding(false);
        return box;
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        removeAll();
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            grid.setItems(List.of());
            Div box = new Div();
            box.setId(FORBIDDEN_ID);
            H2 heading = new H2("无权访问法定节假日管理");
            heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
            box.add(heading, new Paragraph("只有系统管理员可以载入或删除法定节假日安排。"));
            add(box);
            return;
        }
        if (!services.has(CalendarService.class)) {
            throw LuoshiException.unavailable("报送周期模块未启用");
        }
        add(content);
        reload();
    }

    private CalendarService calendar() {
        return services.get(CalendarService.class);
    }

    private void reload() {
        if (services == null || !services.has(CalendarService.class)) {
            return;
        }
        Feedback.call(() -> {
            CalendarService c = calendar();
            List<CalendarYearDTO> years = c.years();
            grid.setItems(years);
            long loaded = years.stream().filter(y -> CalendarYearDTO.UPLOADED.equals(y.source)).count();
            count.setText("共 " + years.size() + " 年（其中管理员载入 " + loaded + " 年）");
            String w = c.warning(Labels.today());
            warning.setText(w == null ? "" : w);
            warning.setVisible(w != null);
            getUI().ifPresent(ui -> ui.getChildren().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                    .findFirst().ifPresent(MainLayout::refreshCalendarWarning));
            if (year.getValue() == null) {
                int next = Labels.today().getYear();
                while (c.covers(next) && next < 2100) {
                    next++;
                }
                year.setValue(next);
            }
            return years;
        });
    }

    /** 删除 for a loaded year (after a confirmation); nothing for a shipped one. */
    private Component actions(CalendarYearDTO y) {
        if (!CalendarYearDTO.UPLOADED.equals(y.source)) {
            return new Span("");
        }
        Button remove = new Button("删除", e -> ConfirmDialog.open("calendar", "删除" + y.year + "年的安排",
                "删除管理员载入的" + y.year + "年法定节假日安排？删除后该年的报送截止日只按周末计算（临时），可随时重新载入。", "删除",
                true, () -> Feedback.call(() -> {
                    calendar().remove(actor, y.year);
                    return Boolean.TRUE;
                }).ifPresent(done -> {
                    Feedback.info("已删除" + y.year + "年的法定节假日安排");
                    reload();
                })));
        remove.setId("calendar-remove-" + y.year);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    /** A file arrived: checked and kept by the service (after a confirmation when it replaces a loaded year). */
    private void received(String name, byte[] bytes) {
        showProblems(List.of());
        Integer y = year.getValue();
        if (y == null) {
            year.setErrorMessage("请先填写年份");
            year.setInvalid(true);
            return;
        }
        year.setInvalid(false);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            showProblems(List.of("文件不是 UTF-8 编码，请另存为 UTF-8 后再上传"));
            return;
        }
        boolean replaces = calendar().years().stream()
                .anyMatch(known -> known.year == y && CalendarYearDTO.UPLOADED.equals(known.source));
        Runnable load = () -> Feedback.call(() -> calendar().upload(actor, y, text), Map.of("year", year),
                refused -> showProblems(List.copyOf(refused.fieldErrors().isEmpty() ? List.of(Feedback.message(refused))
                        : refused.fieldErrors().values()))).ifPresent(done -> {
                            Feedback.info("已载入" + done.year + "年的法定节假日安排：放假 " + done.holidays + " 天，调休上班 "
                                    + done.makeUpDays + " 天");
                            reload();
                        });
        if (replaces) {
            ConfirmDialog.open("calendar", "替换" + y + "年的安排", "已载入过" + y + "年的安排，用“" + Labels.nz(name)
                    + "”替换？", "替换", false, load);
        } else {
            load.run();
        }
    }

    private void showProblems(List<String> list) {
        problems.removeAll();
        problems.setVisible(!list.isEmpty());
        if (list.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        list.forEach(p -> items.add(new ListItem(p)));
        problems.add(new Span("未载入，请改正以下问题后重新上传："), items);
    }
}
