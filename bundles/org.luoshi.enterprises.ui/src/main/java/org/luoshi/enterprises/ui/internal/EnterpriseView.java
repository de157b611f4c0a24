package org.luoshi.enterprises.ui.internal;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterprisePage;
import org.luoshi.api.enterprise.EnterpriseQuery;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.enterprise.EnterpriseSheet;
import org.luoshi.api.enterprise.ImportReportDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;

/**
 * 企业名录: the enterprises the user's units supervise, 20 a page, searched by name or credit code and filtered by
 * sector and status; 登记企业 opens the form, a row opens the enterprise with its history ({@link EnterpriseDialog});
 * 批量导入 takes the template's .xlsx — all or nothing, each bad row named — and 导出 gives the filtered register.
 * {@code enterprises?id=<id>} opens that enterprise.
 */
@PageTitle("企业名录 · 落实")
public class EnterpriseView extends SecuredView {
    public static final String ROUTE = "enterprises";
    private static final long serialVersionUID = 1L;
    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final TextField text = new TextField("名称或信用代码");
    private final ComboBox<String> sector = new ComboBox<>("行业领域");
    private final ComboBox<String> status = new ComboBox<>("状态");
    private final Grid<EnterpriseDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("enterprises-", this::load);
    private final Span total = new Span();
    private Actor actor;
    private Services services;
    private boolean loading;

    public EnterpriseView() {
        setSizeFull();
        H2 title = new H2("企业名录");
        jurisdiction.setId("enterprises-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                sectors();
                search();
            }
        });
        HorizontalLayout head = new HorizontalLayout(title, jurisdiction, total);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        total.setId("enterprises-total");

        text.setId("enterprises-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPlaceholder("如：煤业、9114…");
        text.addValueChangeListener(e -> search());
        sector.setId("enterprises-sector");
        sector.setClearButtonVisible(true);
        sector.setPlaceholder("全部");
        sector.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        status.setId("enterprises-status");
        status.setItems(EnterpriseLabels.STATUSES.keySet());
        status.setItemLabelGenerator(s -> Labels.label(EnterpriseLabels.STATUSES, s));
        status.setClearButtonVisible(true);
        status.setPlaceholder("全部");
        status.setWidth("8em");
        status.addValueChangeListener(e -> search());
        Button create = new Button("登记企业", e -> EnterpriseDialog.openNew(services, actor, jurisdiction.getValue(),
                this::search));
        create.setId("enterprise-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importing = new Button("批量导入", e -> openImport());
        importing.setId("enterprise-import");
        Anchor export = new Anchor();
        export.setId("enterprise-export");
        export.setText("导出");
        export.getElement().setAttribute("download", true);
        export.setHref(Uploads.download(export, "企业名录.xlsx", ExportService.XLSX, this::exportBytes));
        FlexLayout filters = new FlexLayout(text, sector, status, create, importing, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("enterprise-grid");
        grid.addColumn(e -> Labels.nz(e.name)).setHeader("单位名称").setFlexGrow(3);
        grid.addColumn(e -> Labels.nz(e.creditCode)).setHeader("统一社会信用代码").setWidth("13em").setFlexGrow(0);
        grid.addColumn(e -> Labels.nz(e.sector)).setHeader("行业领域").setWidth("7em").setFlexGrow(0);
        grid.addColumn(e -> Labels.nz(e.supervisingUnitName)).setHeader("监管单位").setFlexGrow(2);
        grid.addColumn(e -> Labels.label(EnterpriseLabels.SCALES, e.scale)).setHeader("规模").setWidth("5em").setFlexGrow(0);
        grid.addComponentColumn(EnterpriseView::state).setHeader("状态").setWidth("5em").setFlexGrow(0);
        grid.addColumn(e -> String.join("、", e.highRisk)).setHeader("高危标识").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                EnterpriseDialog.open(services, actor, e.getItem().id, this::load);
            }
        });
        grid.setEmptyStateText("没有符合条件的企业");
        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    private static Component state(EnterpriseDTO e) {
        Span s = new Span(Labels.label(EnterpriseLabels.STATUSES, e.status));
        if (!"OPERATING".equals(e.status)) {
            s.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return s;
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        String wanted = DrillDown.value(queryParameters(), DrillDown.JURISDICTION);
        if (wanted == null && jurisdiction.getValue() != null) {
            wanted = jurisdiction.getValue().id;
        }
        List<JurisdictionDTO> js = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            jurisdiction.setItems(js);
            jurisdiction.setValue(Choices.jurisdiction(js, actor, wanted));
            sectors();
        } finally {
            loading = false;
        }
        search();
        Long open = DrillDown.recordId(queryParameters(), "企业编号");
        if (open != null) {
            EnterpriseDialog.open(services, actor, open, this::load);
        }
    }

    private void sectors() {
        JurisdictionDTO j = jurisdiction.getValue();
        sector.setItems(j == null || services == null ? List.of()
                : Feedback.call(() -> services.get(EnterpriseService.class).sectors(j.id)).orElse(List.of()));
    }

    private void search() {
        pager.first();
        load();
    }

    private EnterpriseQuery query() {
        EnterpriseQuery q = new EnterpriseQuery();
        JurisdictionDTO j = jurisdiction.getValue();
        q.jurisdiction = j == null ? null : j.id;
        q.text = Labels.blankToNull(text.getValue());
        q.sector = sector.getValue();
        q.status = status.getValue();
        return q;
    }

    private void load() {
        if (services == null || jurisdiction.getValue() == null) {
            pager.fill(grid::setItems, () -> 0L, (o, l) -> List.<EnterpriseDTO>of());
            total.setText("");
            return;
        }
        EnterpriseService register = services.get(EnterpriseService.class);
        EnterpriseQuery q = query();
        q.offset = pager.offset();
        q.limit = pager.size();
        // one call answers the total and the page; the page is asked again only when it lay beyond the total
        EnterprisePage first = Feedback.call(() -> register.list(actor, q)).orElse(null);
        pager.fill(grid::setItems, () -> first == null ? null : first.total, (offset, limit) -> {
            if (offset == q.offset && limit == q.limit) {
                return first.items;
            }
            q.offset = offset;
            q.limit = limit;
            return Feedback.call(() -> register.list(actor, q).items).orElse(List.of());
        });
        total.setText("共 " + (first == null ? 0 : first.total) + " 家");
    }

    /** The filtered register as .xlsx, at most 5 000 rows. */
    private byte[] exportBytes() {
        List<List<String>> rows = EnterpriseSheet.rows(services.get(EnterpriseService.class), actor, query());
        return services.get(ExportService.class).table("企业名录", EnterpriseSheet.COLUMNS, rows);
    }

    /** 批量导入: the template, an upload, and the report of the rows (all imported, or none and why). */
    private void openImport() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("enterprise-import-dialog");
        dialog.setHeaderTitle("批量导入企业：" + j.name);
        dialog.setWidth("min(44em, 95vw)");
        Anchor template = new Anchor();
        template.setText("下载导入模板");
        template.setId("enterprise-template");
        template.getElement().setAttribute("download", true);
        template.setHref(Uploads.download(template, "企业名录导入模板.xlsx", ExportService.XLSX,
                () -> services.get(ExportService.class).table(EnterpriseSheet.TEMPLATE_TITLE, EnterpriseSheet.COLUMNS,
                        EnterpriseSheet.TEMPLATE_EXAMPLE)));
        Paragraph rule = new Paragraph("每行一家企业；监管单位填单位名称。所有行都无误才导入，否则逐行列出问题、一家也不导入；一次最多 5000 家。");
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div result = new Div();
        result.setId("enterprise-import-result");
        Upload upload = Uploads.upload("enterprise-upload", MAX_IMPORT_BYTES, (name, bytes) -> {
            result.removeAll();
            Feedback.call(() -> {
                List<List<String>> rows = services.get(ExportService.class).readRows(bytes, 5020);
                return services.get(EnterpriseService.class).importRows(actor, j.id, rows);
            }, java.util.Map.of(), refused -> result.add(new Paragraph(Feedback.message(refused)))).ifPresent(report -> {
                if (report.errors.isEmpty()) {
                    Feedback.info("已导入 " + report.imported + " 家企业");
                    dialog.close();
                    search();
                } else {
                    result.add(errors(report));
                }
            });
        }, ".xlsx", ExportService.XLSX);
        upload.setUploadButton(new Button("选择 .xlsx 文件"));
        dialog.add(template, rule, upload, result);
        Button close = new Button("关闭", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Component errors(ImportReportDTO report) {
        Paragraph summary = new Paragraph("共 " + report.rows + " 行，发现 " + report.errors.size() + " 处问题，未导入任何企业。"
                + "请改正后重新导入：");
        summary.setId("enterprise-import-summary");
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        Grid<ImportReportDTO.RowError> grid = new Grid<>();
        grid.setId("enterprise-import-errors");
        grid.addColumn(e -> "第 " + e.row + " 行").setHeader("行").setWidth("6em").setFlexGrow(0);
        grid.addColumn(e -> Labels.nz(e.column)).setHeader("列").setWidth("9em").setFlexGrow(0);
        grid.addColumn(e -> Labels.nz(e.message)).setHeader("问题").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(report.errors);
        grid.setAllRowsVisible(report.errors.size() <= 12);
        if (report.errors.size() > 12) {
            grid.setHeight("20em");
        }
        return new Div(summary, grid);
    }
}
