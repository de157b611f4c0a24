package org.luoshi.enterprises.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseHistoryDTO;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An enterprise of the register: 登记 (a new one) or its details to change (信用代码 stays), and 来龙去脉 — its hazards
 * and what came of them, each a link to the record in its list.
 */
final class EnterpriseDialog {
    /** The list view (route) that opens a record of each type by {@code ?id=}. */
    private static final Map<String, String> ROUTES = Map.of("hazard", "hazards", "listing", "listings", "transfer",
            "transfers", "publication", "publicity", "accident", "accidents", "inspection", "inspections");

    private EnterpriseDialog() {
    }

    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Runnable saved) {
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        EnterpriseDTO e = new EnterpriseDTO();
        e.jurisdiction = jurisdiction.id;
        show(services, actor, e, saved);
    }

    static void open(Services services, Actor actor, long id, Runnable saved) {
        Feedback.call(() -> services.get(EnterpriseService.class).get(actor, id)).ifPresent(e -> show(services, actor, e,
                saved));
    }

    private static void show(Services services, Actor actor, EnterpriseDTO e, Runnable saved) {
        boolean creating = e.id == null;
        Dialog dialog = new Dialog();
        dialog.setId("enterprise-dialog");
        dialog.setHeaderTitle(creating ? "登记企业" : Labels.nz(e.name));
        dialog.setWidth("min(52em, 96vw)");
        EnterpriseService register = services.get(EnterpriseService.class);

        TextField code = new TextField("统一社会信用代码");
        code.setId("enterprise-code");
        code.setMaxLength(18);
        code.setRequired(creating);
        code.setReadOnly(!creating);
        code.setValue(Labels.nz(e.creditCode));
        code.setHelperText(creating ? "18 位，按 GB 32100-2015 校验；登记后不可修改" : null);
        TextField name = new TextField("单位名称");
        name.setId("enterprise-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setValue(Labels.nz(e.name));
        ComboBox<String> sector = new ComboBox<>("行业领域");
        sector.setId("enterprise-sector");
        sector.setRequired(true);
        sector.setItems(Feedback.call(() -> register.sectors(e.jurisdiction)).orElse(List.of()));
        if (e.sector != null) {
            sector.setValue(e.sector);
        }
        UnitNames names = new UnitNames();
        names.reset(services);
        ComboBox<UnitDTO> unit = new ComboBox<>("监管单位");
        unit.setId("enterprise-unit");
        unit.setRequired(true);
        List<UnitDTO> own = Choices.ownUnits(services, actor, e.jurisdiction);
        unit.setItems(own);
        unit.setItemLabelGenerator(u -> Choices.qualifiedName(names, u));
        own.stream().filter(u -> u.id.equals(e.supervisingUnit)).findFirst().ifPresent(unit::setValue);
        TextField address = new TextField("地址");
        address.setId("enterprise-address");
        address.setMaxLength(300);
        address.setValue(Labels.nz(e.address));
        ComboBox<String> scale = new ComboBox<>("规模");
        scale.setId("enterprise-scale");
        scale.setItems(EnterpriseLabels.SCALES.keySet());
        scale.setItemLabelGenerator(s -> Labels.label(EnterpriseLabels.SCALES, s));
        scale.setClearButtonVisible(true);
        if (e.scale != null) {
            scale.setValue(e.scale);
        }
        ComboBox<String> status = new ComboBox<>("状态");
        status.setId("enterprise-status");
        status.setItems(EnterpriseLabels.STATUSES.keySet());
        status.setItemLabelGenerator(s -> Labels.label(EnterpriseLabels.STATUSES, s));
        status.setValue(e.status == null ? "OPERATING" : e.status);
        TextField flags = new TextField("高危标识");
        flags.setId("enterprise-flags");
        flags.setPlaceholder("如：重大危险源、涉爆粉尘、有限空间作业（用顿号分隔）");
        flags.setValue(String.join("、", e.highRisk));
        TextField principal = new TextField("负责人");
        principal.setId("enterprise-principal");
        principal.setMaxLength(100);
        principal.setPlaceholder("职务，如：法定代表人");
        principal.setValue(Labels.nz(e.principal));
        FormLayout form = Forms.twoColumns();
        form.add(code, name, sector, unit, address, scale, status, flags, principal);
        form.setColspan(address, 2);
        form.setColspan(flags, 2);
        Map<String, HasValidation> fields = Forms.fields("creditCode", code, "name", name, "sector", sector,
                "supervisingUnit", unit, "address", address, "scale", scale, "status", status, "highRisk", flags,
                "principal", principal);

        Button save = new Button(creating ? "登记" : "保存", ev -> {
            EnterpriseDTO in = new EnterpriseDTO();
            in.creditCode = Labels.blankToNull(code.getValue());
            in.name = Labels.blankToNull(name.getValue());
            in.sector = sector.getValue();
            in.supervisingUnit = unit.getValue() == null ? null : unit.getValue().id;
            in.jurisdiction = e.jurisdiction;
            in.address = Labels.blankToNull(address.getValue());
            in.scale = scale.getValue();
            in.status = status.getValue();
            in.highRisk = new ArrayList<>(Arrays.stream(Labels.nz(flags.getValue()).split("[、,，]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            in.principal = Labels.blankToNull(principal.getValue());
            in.version = e.version;
            Feedback.call(() -> creating ? register.create(actor, in) : register.update(actor, e.id, in), fields)
                    .ifPresent(done -> {
                        Feedback.info((creating ? "已登记 " : "已保存 ") + done.name);
                        dialog.close();
                        saved.run();
                    });
        });
        save.setId("enterprise-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("关闭", ev -> dialog.close());
        cancel.setId("enterprise-close");
        dialog.getFooter().add(cancel, save);

        if (creating) {
            dialog.add(form);
        } else {
            TabSheet tabs = new TabSheet();
            tabs.add("基本信息", form).setId("enterprise-tab-details");
            tabs.add("来龙去脉", history(services, actor, e.id, dialog)).setId("enterprise-tab-history");
            dialog.add(tabs);
        }
        dialog.open();
    }

    private static VerticalLayout history(Services services, Actor actor, long id, Dialog dialog) {
        EnterpriseHistoryDTO h = Feedback.call(() -> services.get(EnterpriseService.class).history(actor, id))
                .orElse(new EnterpriseHistoryDTO());
        List<String> counts = new ArrayList<>();
        h.counts.forEach((type, n) -> counts.add(Labels.label(EnterpriseLabels.TYPES, type) + " " + n));
        Paragraph summary = new Paragraph(counts.isEmpty() ? "尚无与该企业关联的记录" : String.join("，", counts));
        summary.setId("enterprise-history-summary");
        Grid<EnterpriseHistoryDTO.Entry> grid = new Grid<>();
        grid.setId("enterprise-history");
        grid.addColumn(x -> Labels.nz(x.date)).setHeader("日期").setWidth("7em").setFlexGrow(0);
        grid.addColumn(x -> Labels.label(EnterpriseLabels.TYPES, x.record.type)).setHeader("类别").setWidth("7em")
                .setFlexGrow(0);
        grid.addComponentColumn(x -> {
            String text = x.record.id + "：" + Labels.nz(x.record.title);
            String route = ROUTES.get(x.record.type);
            if (route == null) {
                return new com.vaadin.flow.component.html.Span(text);
            }
            Anchor a = new Anchor(route + "?id=" + x.record.id, text);
            a.getElement().addEventListener("click", ev -> dialog.close());
            return a;
        }).setHeader("记录").setFlexGrow(3);
        grid.addColumn(x -> x.cameFrom == null ? "" : "由问题隐患 " + x.cameFrom.id + " 而来").setHeader("来源").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(h.records);
        grid.setHeight("18em");
        VerticalLayout box = new VerticalLayout(summary, grid);
        box.setPadding(false);
        return box;
    }
}
