package org.luoshi.spotchecks.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.spotcheck.RedrawDTO;
import org.luoshi.api.spotcheck.SampleItemDTO;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckRuleDTO;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.luoshi.api.spotcheck.SpotCheckSheet;
import org.luoshi.api.spotcheck.StratumDTO;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** A spot-check campaign: the form of a new one, and an existing one with its draw, re-draw, sample and export. */
final class SpotCheckDialog {
    static final Map<String, String> STATUSES = Labels.ordered(SpotCheckDTO.PLANNED, "待抽取", SpotCheckDTO.DRAWN, "已抽取",
            SpotCheckDTO.CANCELLED, "已撤销");

    private SpotCheckDialog() {
    }

    /** 新建抽查 for an office: name, sectors, ratio (its level's least ratio filled in), start and due date. */
    static void openNew(Services services, Actor actor, UnitDTO office, Consumer<SpotCheckDTO> created) {
        if (office == null) {
            Feedback.error("请先选择组织单位");
            return;
        }
        SpotCheckService spot = services.get(SpotCheckService.class);
        SpotCheckRuleDTO rule = Feedback.call(() -> spot.rule(actor, office.id)).orElse(null);
        if (rule == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("spot-new-dialog");
        dialog.setHeaderTitle("新建抽查：" + office.name);
        dialog.setWidth("min(44em, 95vw)");
        TextField title = new TextField("抽查名称");
        title.setId("spot-title");
        title.setRequiredIndicatorVisible(true);
        title.setPlaceholder("如：2026 年第四季度危险化学品企业抽查");
        MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>("行业领域");
        sectors.setId("spot-sectors");
        sectors.setItems(rule.sectors);
        sectors.setPlaceholder("不选为全部行业领域");
        IntegerField ratio = new IntegerField("抽查比例（%）");
        ratio.setId("spot-ratio");
        ratio.setMin(1); // the level's minimum is the service's to refuse, with its rule named at the field
        ratio.setMax(100);
        ratio.setStepButtonsVisible(true);
        ratio.setValue(rule.minimumRatio > 0 ? rule.minimumRatio : null);
        ratio.setHelperText(rule.minimumRatio > 0 ? rule.levelLabel + "不低于 " + rule.minimumRatio + "%" : "本级未规定比例，请填写");
        DatePicker start = Labels.datePicker("开始日期", "spot-start");
        start.setValue(Labels.today());
        DatePicker due = Labels.datePicker("完成期限", "spot-due");
        due.setValue(Labels.today().plusMonths(1));
        Paragraph note = new Paragraph(SpotCheckView.text(rule));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        FormLayout form = Forms.twoColumns();
        form.add(title, 2);
        form.add(sectors, 2);
        form.add(ratio, start, due);
        dialog.add(note, form);
        Button save = new Button("保存", e -> {
            SpotCheckDTO c = new SpotCheckDTO();
            c.organizer = office.id;
            c.title = title.getValue();
            c.sectors = new ArrayList<>(sectors.getSelectedItems());
            c.ratio = ratio.getValue() == null ? 0 : ratio.getValue();
            c.startDate = Labels.iso(start.getValue());
            c.dueDate = Labels.iso(due.getValue());
            Feedback.call(() -> spot.create(actor, c), Forms.fields("title", title, "sectors", sectors, "ratio", ratio,
                    "startDate", start, "dueDate", due)).ifPresent(made -> {
                        Feedback.info("已新建抽查，请抽取样本");
                        dialog.close();
                        created.accept(made);
                    });
        });
        save.setId("spot-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        dialog.open();
    }

    /** A campaign: what it covers, the draw (or its record), the strata, the sample and its inspections. */
    static void open(Services services, Actor actor, long id, Runnable changed) {
        SpotCheckService spot = services.get(SpotCheckService.class);
        Feedback.call(() -> spot.get(actor, id)).ifPresent(c -> {
            Dialog dialog = new Dialog();
            dialog.setId("spot-dialog");
            dialog.setWidth("min(70em, 96vw)");
            fill(dialog, services, actor, c, changed);
            dialog.open();
        });
    }

    private static void fill(Dialog dialog, Services services, Actor actor, SpotCheckDTO c, Runnable changed) {
        SpotCheckService spot = services.get(SpotCheckService.class);
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle("抽查：" + c.title);
        Paragraph what = new Paragraph(c.organizerName + " · " + (c.sectors.isEmpty() ? "全部行业领域" : String.join("、", c.sectors))
                + " · 比例 " + c.ratio + "%（" + Labels.nz(c.level) + "下限 " + c.minimumRatio + "%）· " + c.startDate + " 至 "
                + c.dueDate + " · " + Labels.label(STATUSES, c.status));
        what.setId("spot-summary");
        dialog.add(what);
        Runnable reload = () -> Feedback.call(() -> spot.get(actor, c.id)).ifPresent(n -> fill(dialog, services, actor, n,
                changed));
        if (SpotCheckDTO.PLANNED.equals(c.status)) {
            TextField seed = new TextField("随机种子（可选）");
            seed.setId("spot-seed");
            seed.setHelperText("公开摇号时可填写现场产生的数字；不填则由系统随机生成并记录");
            seed.setWidth("22em");
            Button draw = new Button("抽取", e -> Feedback.call(() -> spot.draw(actor, c.id, Labels.blankToNull(seed.getValue())),
                    Forms.fields("seed", seed)).ifPresent(n -> {
                        Feedback.info("已抽取 " + n.sampled + " 家企业（种子 " + n.seed + "）");
                        changed.run();
                        fill(dialog, services, actor, n, changed);
                    }));
            draw.setId("spot-draw");
            draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(seed);
            dialog.getFooter().add(draw);
        } else if (SpotCheckDTO.DRAWN.equals(c.status)) {
            Paragraph drawn = new Paragraph("企业范围 " + c.population + " 家，应抽 " + c.target + " 家，已抽 " + c.sampled
                    + " 家，已检查 " + c.inspected + " 家，发现问题 " + c.findings + " 个" + (c.overdue > 0 ? "，逾期未检 "
                            + c.overdue + " 家" : "") + "。种子 " + c.seed + "（" + Labels.nz(c.drawnBy) + " 抽取）");
            drawn.setId("spot-drawn");
            if (c.overdue > 0) {
                drawn.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Paragraph rule = new Paragraph("抽取规则：" + c.algorithm);
            rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Span strata = new Span(String.join("；", c.strata.stream().map(SpotCheckDialog::stratum).toList()));
            strata.setId("spot-strata");
            dialog.add(drawn, strata, rule, items(c.items));
            Div checked = new Div();
            checked.setId("spot-redraw-result");
            Button redraw = new Button("复核抽取", e -> Feedback.call(() -> spot.redraw(actor, c.id)).ifPresent(r -> {
                checked.removeAll();
                checked.add(new Paragraph(verdict(r)));
                checked.getStyle().set("color", r.same ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            }));
            redraw.setId("spot-redraw");
            dialog.add(checked);
            Anchor export = new Anchor();
            export.setId("spot-export");
            export.setText("导出名单");
            export.getElement().setAttribute("download", true);
            export.setHref(Uploads.download(export, "抽查名单-" + c.id + ".xlsx", ExportService.XLSX,
                    () -> services.get(ExportService.class).table(SpotCheckSheet.title(c), SpotCheckSheet.SAMPLE_COLUMNS,
                            SpotCheckSheet.sampleRows(spot.get(actor, c.id)))));
            dialog.getFooter().add(export, redraw);
            if (c.items.stream().anyMatch(i -> i.inspectionId == null)) {
                Button make = new Button("生成检查", e -> Feedback.call(() -> spot.makeInspections(actor, c.id))
                        .ifPresent(n -> fill(dialog, services, actor, n, changed)));
                make.setId("spot-make-inspections");
                dialog.getFooter().add(make);
            }
        } else {
            dialog.add(new Paragraph("撤销理由：" + Labels.nz(c.cancelReason)));
        }
        Button close = new Button("关闭", e -> dialog.close());
        Button refresh = new Button("刷新", e -> reload.run());
        dialog.getFooter().add(refresh, close);
    }

    static String stratum(StratumDTO s) {
        return s.sector + " " + s.quota + "/" + s.population;
    }

    static String verdict(RedrawDTO r) {
        return r.same ? "复核一致：用种子 " + r.seed + " 从 " + r.population + " 家企业重新抽取，得到同样的 " + r.items.size() + " 家"
                : "复核不一致：" + String.join("、", r.differences);
    }

    private static Component items(List<SampleItemDTO> items) {
        Grid<SampleItemDTO> grid = new Grid<>();
        grid.setId("spot-items");
        grid.addColumn(i -> i.sector).setHeader("行业领域").setWidth("7em").setFlexGrow(0);
        grid.addColumn(i -> i.enterpriseName).setHeader("单位名称").setFlexGrow(3);
        grid.addColumn(i -> i.creditCode).setHeader("统一社会信用代码").setWidth("13em").setFlexGrow(0);
        grid.addColumn(i -> Labels.nz(i.supervisingUnitName)).setHeader("监管单位").setFlexGrow(2);
        grid.addComponentColumn(SpotCheckDialog::inspection).setHeader("检查").setWidth("9em").setFlexGrow(0);
        grid.addColumn(i -> i.findings == 0 ? "" : i.findings + "（隐患 " + i.hazards + "）").setHeader("发现问题")
                .setWidth("7em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(items);
        grid.setHeight(items.size() > 12 ? "24em" : null);
        grid.setAllRowsVisible(items.size() <= 12);
        return grid;
    }

    private static Component inspection(SampleItemDTO i) {
        String state = i.inspectionId == null ? "未生成"
                : SpotCheckSheet.INSPECTION_STATUS.getOrDefault(i.inspectionStatus, Labels.nz(i.inspectionStatus));
        Component shown = i.inspectionId == null ? new Span(state) : new Anchor("inspections?id=" + i.inspectionId, state);
        if (i.overdue) {
            Span late = new Span(shown, new Span(" 逾期"));
            late.getStyle().set("color", "var(--lumo-error-text-color)");
            return late;
        }
        return shown;
    }
}
