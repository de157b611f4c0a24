package org.luoshi.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.settings.SettingChangeDTO;
import org.luoshi.api.settings.SettingDTO;
import org.luoshi.api.settings.SettingDefinitionDTO;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;

/**
 * 模块配置, for every staff user: for a jurisdiction's unit (省、市、县) at, above or below the user's own, which
 * mechanisms are enabled and each one's settings ({@link ModuleSettings#settings}) with where each value comes from, and
 * the history of changes made there. Where the user may change the settings (their own unit's scope and those below;
 * administrators anywhere; the service decides) a setting is changed, or cleared so that the layer above applies, and
 * the scope is rolled back to a version of its history, each after a confirmation.
 */
@PageTitle("模块配置 · 落实")
public class SettingsView extends SecuredView {
    public static final String ROUTE = "settings";
    /** A value not set at the scope (the layer above applies), as the history shows it. */
    static final String UNSET = "未设置（沿用上级）";
    private static final Set<String> SCOPE_KINDS = Set.of("province", "city", "county");
    private static final Map<String, String> LEVELS = Labels.ordered("province", "省级", "city", "市级", "county", "县级",
            "town", "乡镇级");
    private static final long serialVersionUID = 1L;

    /** A scope the picker offers: a unit's id, its name as people say it, its level. */
    record Scope(String id, String name, String level) {
    }

    private final VerticalLayout content = new VerticalLayout();
    private final ComboBox<Scope> scope = new ComboBox<>("辖区");
    private final Span scopeHint = new Span();
    private final Grid<SettingDTO> grid = new Grid<>();
    private final Grid<SettingChangeDTO> history = new Grid<>();
    private final Span historyCount = new Span();
    private final Button clearAll = new Button("回退到初始（清除本级全部设置）");
    private Actor actor;
    private Services services;
    /** The modules declaring settings now, by id (labels, types, options). */
    private Map<String, ModuleDTO> modules = Map.of();
    /** The names of the scopes offered, by unit id. */
    private Map<String, String> names = Map.of();
    /** Whether the actor may change the scope shown. */
    private boolean editable;

    public SettingsView() {
        setWidthFull();
        content.setPadding(false);
        content.setWidthFull();

        H2 title = new H2("模块配置");
        Button refresh = new Button("刷新", e -> reload());
        refresh.setId("settings-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, refresh);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph("各辖区启用哪些工作机制、各机制的办理规则。省、市、县逐级设置：本级未设置的沿用上级，"
                + "上级都未设置的沿用辖区插件或系统默认。可修改本单位及下级辖区的配置，上级的只能查看；每次修改都记入历史，可回退。");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        scope.setId("settings-scope");
        scope.setItemLabelGenerator(Scope::name);
        scope.setWidth("18em");
        scope.setAllowCustomValue(false);
        scope.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reload();
            }
        });
        scopeHint.setId("settings-scope-hint");
        scopeHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout picker = new HorizontalLayout(scope, scopeHint);
        picker.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("settings-grid");
        grid.addColumn(s -> Labels.nz(s.moduleLabel)).setHeader("模块").setWidth("9em").setFlexGrow(1);
        grid.addColumn(s -> Labels.nz(s.label)).setHeader("配置项").setWidth("9em").setFlexGrow(1);
        grid.addComponentColumn(s -> cell("setting-current-" + key(s), value(s.module, s.key, s.value)))
                .setHeader("当前值").setWidth("10em").setFlexGrow(2);
        grid.addComponentColumn(s -> cell("setting-source-" + key(s), source(s))).setHeader("来源").setWidth("12em")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("操作").setWidth("13em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("没有可配置的模块");

        H3 historyTitle = new H3("修改历史");
        historyTitle.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        historyCount.setId("settings-history-count");
        clearAll.setId("settings-rollback-0");
        clearAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        clearAll.addClickListener(e -> rollback(0));
        HorizontalLayout historyHead = new HorizontalLayout(historyTitle, historyCount, clearAll);
        historyHead.setAlignItems(FlexComponent.Alignment.BASELINE);

        history.setId("settings-history");
        history.addColumn(c -> String.valueOf(c.version)).setHeader("版本").setWidth("4.5em").setFlexGrow(0);
        history.addColumn(this::settingName).setHeader("配置项").setWidth("12em").setFlexGrow(2);
        history.addColumn(c -> shown(c.module, c.key, c.before) + " → " + shown(c.module, c.key, c.after))
                .setHeader("修改前 → 修改后").setWidth("14em").setFlexGrow(2);
        history.addColumn(c -> People.name(c.author)).setHeader("修改人").setWidth("7em").setFlexGrow(1);
        history.addColumn(c -> Dates.minutes(c.at)).setHeader("时间").setWidth("11em").setFlexGrow(0);
        history.addColumn(c -> Labels.nz(c.note)).setHeader("说明").setWidth("8em").setFlexGrow(1);
        history.addComponentColumn(this::rollbackButton).setHeader("操作").setWidth("8em").setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        history.setEmptyStateText("本级尚无修改记录");
        history.setHeight("22em");

        content.add(head, intro, picker, grid, historyHead, history);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        removeAll();
        if (!services.has(ModuleSettings.class)) {
            throw LuoshiException.unavailable("模块配置服务未启用");
        }
        add(content);
        Map<String, ModuleDTO> byId = new LinkedHashMap<>();
        Feedback.call(() -> settings().modules()).orElse(List.of()).forEach(m -> byId.put(m.id, m));
        modules = byId;
        List<Scope> scopes = scopes(services.jurisdictions(), actor);
        Map<String, String> byUnit = new HashMap<>();
        scopes.forEach(s -> byUnit.put(s.id(), s.name()));
        names = byUnit;
        Scope before = scope.getValue();
        scope.setItems(scopes);
        String wanted = queryParameters().getParameters().getOrDefault("scope", List.of()).stream().findFirst()
                .orElse(before == null ? null : before.id());
        scope.setValue(choose(scopes, actor, wanted));
        reload();
    }

    private ModuleSettings settings() {
        return services.get(ModuleSettings.class);
    }

    // ---- the scopes -------------------------------------------------------------------------------------------------

    /**
     * The scopes the actor may look at: the units of the kind province, city or county (and the jurisdictions' own
     * units) at, above or below the actor's units (every one for an administrator), in path order; a jurisdiction's unit
     * is named as the jurisdiction (山西省, not its office), a name two scopes share gets the one above in brackets.
     */
    static List<Scope> scopes(JurisdictionRegistry registry, Actor actor) {
        List<JurisdictionDTO> jurisdictions = Feedback.call(registry::jurisdictions).orElse(List.of());
        Map<String, JurisdictionDTO> byUnit = new HashMap<>();
        jurisdictions.stream().filter(j -> j.unit != null).forEach(j -> byUnit.putIfAbsent(j.unit, j));
        Map<String, UnitDTO> units = new TreeMap<>();
        for (JurisdictionDTO j : jurisdictions) {
            for (UnitDTO u : Feedback.call(() -> registry.units(j.id)).flatMap(x -> x).orElse(List.of())) {
                if (u.id != null && (SCOPE_KINDS.contains(u.kind) || u.id.equals(j.unit))) {
                    units.putIfAbsent(u.id, u);
                }
            }
        }
        boolean admin = actor.roles().contains(Actor.ROLE_ADMIN);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> levels = new HashMap<>();
        for (UnitDTO u : units.values()) {
            if (!admin && !actor.canSee(u.id) && !actor.belongsTo(u.id)) {
                continue;
            }
            JurisdictionDTO j = byUnit.get(u.id);
            plain.put(u.id, j != null && j.name != null ? j.name : Labels.nz(u.name));
            levels.put(u.id, SCOPE_KINDS.contains(u.kind) ? u.kind : j == null ? u.kind : j.level);
        }
        Map<String, Long> uses = new HashMap<>();
        plain.values().forEach(n -> uses.merge(n, 1L, Long::sum));
        List<Scope> out = new ArrayList<>();
        plain.forEach((id, name) -> {
            String parent = id.contains(".") ? id.substring(0, id.lastIndexOf('.')) : null;
            String shown = uses.get(name) > 1 && parent != null
                    ? name + "（" + plain.getOrDefault(parent, units.containsKey(parent) ? units.get(parent).name : parent)
                            + "）"
                    : name;
            out.add(new Scope(id, shown, levels.get(id)));
        });
        return out;
    }

    /** The scope wanted if offered, else the nearest one at or above the actor's (first) unit, else the first. */
    static Scope choose(List<Scope> scopes, Actor actor, String wanted) {
        if (scopes.isEmpty()) {
            return null;
        }
        if (wanted != null) {
            for (Scope s : scopes) {
                if (s.id().equals(wanted)) {
                    return s;
                }
            }
        }
        for (String unit : actor.units()) {
            for (String u = unit; u != null; u = u.contains(".") ? u.substring(0, u.lastIndexOf('.')) : null) {
                String id = u;
                Scope found = scopes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
                if (found != null) {
                    return found;
                }
            }
        }
        return scopes.get(0);
    }

    private String scopeName(String unit) {
        return unit == null ? "" : names.getOrDefault(unit, unit);
    }

    // ---- the settings and their history -----------------------------------------------------------------------------

    /** Both grids afresh for the scope picked. */
    private void reload() {
        Scope s = scope.getValue();
        if (s == null) {
            editable = false;
            grid.setItems(List.of());
            history.setItems(List.of());
            scopeHint.setText(names.isEmpty() ? "没有可查看的辖区（省、市、县）" : "请选择辖区");
            historyCount.setText("");
            clearAll.setVisible(false);
            return;
        }
        List<SettingDTO> rows = Feedback.call(() -> settings().settings(actor, s.id(), null)).orElse(List.of());
        editable = rows.stream().anyMatch(r -> r.editable);
        List<SettingChangeDTO> changes = Feedback.call(() -> settings().history(actor, s.id())).orElse(List.of());
        grid.setItems(rows);
        history.setItems(changes);
        scopeHint.setText(Labels.label(LEVELS, s.level()) + " · "
                + (editable ? "可修改：修改后本级及下级（下级已自行设置的除外）生效" : "上级辖区的配置，仅可查看"));
        historyCount.setText("共 " + changes.size() + " 次修改");
        clearAll.setVisible(editable);
        clearAll.setEnabled(rows.stream().anyMatch(r -> r.own));
    }

    private static Span cell(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    /** The part of an element id naming a setting: {@code <module>-<key>}. */
    private static String key(SettingDTO s) {
        return s.module + "-" + s.key;
    }

    private SettingDefinitionDTO definition(String module, String key) {
        ModuleDTO m = modules.get(module);
        return m == null ? null : m.settings.stream().filter(d -> Objects.equals(d.key, key)).findFirst().orElse(null);
    }

    /** A value as people read it: 是/否, an option's label, the number or text itself; 未设置 for none. */
    String value(String module, String key, String value) {
        if (value == null) {
            return "未设置";
        }
        SettingDefinitionDTO d = definition(module, key);
        boolean bool = d == null ? ModuleSettings.ENABLED.equals(key) : "BOOLEAN".equals(d.type);
        if (bool && ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value))) {
            return Labels.yesNo(Boolean.parseBoolean(value));
        }
        if (d != null) {
            int i = d.options.indexOf(value);
            if (i >= 0 && i < d.optionLabels.size()) {
                return d.optionLabels.get(i);
            }
        }
        return value;
    }

    /** A value of the history: as {@link #value}, and {@value #UNSET} for a value not set at the scope. */
    private String shown(String module, String key, String value) {
        return value == null ? UNSET : value(module, key, value);
    }

    /** Where a value comes from: 默认, 辖区插件, 省级/市级/县级 and the unit, "（本级设置）" when set at this scope. */
    private String source(SettingDTO s) {
        String source = s.source == null ? "" : switch (s.source) {
            case SettingDTO.DEFAULT -> "默认";
            case SettingDTO.PLUGIN -> "辖区插件";
            default -> Labels.label(LEVELS, s.source) + " " + (s.sourceScope != null && names.containsKey(s.sourceScope)
                    ? names.get(s.sourceScope) : Labels.nz(s.sourceName));
        };
        return source.strip() + (s.own ? "（本级设置）" : "");
    }

    /** "问题线索核查 · 受理时限（日）". */
    private String settingName(SettingChangeDTO c) {
        ModuleDTO m = modules.get(c.module);
        String module = m == null || m.label == null ? Labels.nz(c.module) : m.label;
        return module + " · " + (c.label == null ? Labels.nz(c.key) : c.label);
    }

    /** 修改 where the actor may change the setting, and 恢复上级设置 where it is set at this scope. */
    private Component actions(SettingDTO s) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (!s.editable) {
            return bar;
        }
        bar.add(small("修改", "setting-edit-" + key(s), e -> edit(s)));
        if (s.own) {
            String what = s.moduleLabel + "·" + s.label;
            String where = scopeName(s.scope);
            bar.add(small("恢复上级设置", "setting-clear-" + key(s), e -> confirm("恢复上级设置",
                    "清除 " + where + " 本级对“" + what + "”的设置？清除后沿用上级（或辖区插件、默认）的值，本次清除记入历史。",
                    "恢复上级设置", false, () -> Feedback.call(() -> settings().set(actor, s.scope, s.module, s.key, null))
                            .ifPresent(done -> done("已恢复上级设置：" + where + " 的 " + what + " 现为 "
                                    + value(done.module, done.key, done.value))))));
        }
        return bar;
    }

    private Component rollbackButton(SettingChangeDTO c) {
        if (!editable) {
            return new Span();
        }
        return small("回退到此版本", "settings-rollback-" + c.version, e -> rollback(c.version));
    }

    /** Rolls the scope back to a version (0: before any change) after a confirmation. */
    private void rollback(long version) {
        Scope s = scope.getValue();
        if (s == null) {
            return;
        }
        String text = version == 0
                ? "清除 " + s.name() + " 本级的全部模块配置？各配置项将沿用上级（或辖区插件、默认）的值；清除记入历史，可再回退。"
                : "回退到第 " + version + " 版？" + s.name() + " 本级的模块配置将恢复为第 " + version
                        + " 版修改后的状态；回退记入历史，可再回退。";
        confirm(version == 0 ? "回退到初始" : "回退到此版本", text, "回退", version == 0,
                () -> Feedback.call(() -> settings().rollback(actor, s.id(), version)).ifPresent(made -> done(
                        (version == 0 ? "已清除本级全部设置" : "已回退到第 " + version + " 版") + "（" + made.size() + " 项变更）")));
    }

    /** The dialog changing one setting, with the input its type asks for. */
    private void edit(SettingDTO s) {
        SettingDefinitionDTO d = definition(s.module, s.key);
        String what = s.moduleLabel + "·" + s.label;
        String where = scopeName(s.scope);
        Dialog dialog = new Dialog();
        dialog.setId("setting-dialog");
        dialog.setHeaderTitle("修改 " + what);
        dialog.setWidth("min(30em, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Span scopeLine = new Span("辖区：" + where + "；当前值：" + value(s.module, s.key, s.value) + "（" + source(s) + "）");
        scopeLine.setId("setting-dialog-current");
        body.add(scopeLine);
        if (d != null && d.description != null && !d.description.isBlank()) {
            Span description = new Span(d.description);
            description.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size",
                    "var(--lumo-font-size-s)");
            body.add(description);
        }

        String type = d == null ? (ModuleSettings.ENABLED.equals(s.key) ? "BOOLEAN" : "STRING") : d.type;
        Component input;
        HasValidation field;
        Supplier<String> value;
        if ("BOOLEAN".equals(type)) {
            Checkbox box = new Checkbox(Labels.nz(s.label), "true".equalsIgnoreCase(s.value));
            input = box;
            field = box;
            value = () -> String.valueOf(Boolean.TRUE.equals(box.getValue()));
        } else if (d != null && !d.options.isEmpty()) {
            Select<String> select = new Select<>();
            select.setLabel(s.label);
            select.setItems(d.options);
            select.setItemLabelGenerator(o -> value(s.module, s.key, o));
            if (s.value != null && d.options.contains(s.value)) {
                select.setValue(s.value);
            }
            select.setWidthFull();
            input = select;
            field = select;
            value = select::getValue;
        } else if ("INTEGER".equals(type)) {
            IntegerField number = new IntegerField(s.label);
            number.setStepButtonsVisible(true);
            try {
                number.setValue(s.value == null ? null : Integer.valueOf(s.value.strip()));
            } catch (NumberFormatException e) {
                number.setValue(null);
            }
            input = number;
            field = number;
            value = () -> number.getValue() == null ? null : String.valueOf(number.getValue());
        } else {
            TextField text = new TextField(s.label);
            text.setValue(Labels.nz(s.value));
            text.setWidthFull();
            input = text;
            field = text;
            value = () -> Labels.blankToNull(text.getValue());
        }
        input.setId("setting-value");
        body.add(input);
        Span error = new Span();
        error.setId("setting-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        body.add(error);
        dialog.add(body);

        Button save = new Button("保存", e -> {
            error.setVisible(false);
            String v = value.get();
            if (v == null) {
                field.setErrorMessage("请填写" + s.label);
                field.setInvalid(true);
                return;
            }
            Feedback.call(() -> settings().set(actor, s.scope, s.module, s.key, v), Map.of("value", field), refused -> {
                error.setText(Feedback.message(refused));
                error.setVisible(true);
            }).ifPresent(saved -> {
                dialog.close();
                done("已将 " + where + " 的 " + what + " 设为 " + value(saved.module, saved.key, saved.value));
            });
        });
        save.setId("setting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId("setting-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** After a change: the message and both grids afresh. */
    private void done(String message) {
        Feedback.info(message);
        reload();
    }

    private static Button small(String text, String id, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> action) {
        Button b = new Button(text, action);
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** A confirmation before a change (ids {@code settings-action-dialog}, {@code settings-action-confirm}, …-cancel). */
    private static void confirm(String title, String text, String action, boolean danger, Runnable onConfirm) {
        ConfirmDialog.open("settings", title, text, action, danger, onConfirm);
    }
}
