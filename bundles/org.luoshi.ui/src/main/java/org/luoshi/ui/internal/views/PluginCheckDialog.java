package org.luoshi.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.api.jurisdiction.PluginChangeDTO;
import org.luoshi.api.jurisdiction.PluginCheckDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * The check of a plugin jar before anything changes ({@link org.luoshi.api.jurisdiction.Plugins#check}): what it is,
 * what it would do (install, upgrade, nothing), whether the trust policy takes it, its problems and, for an upgrade,
 * what changes by kind. Its button installs or upgrades, enabled only when the check says the jar is acceptable (and,
 * for the upgrade of a chosen plugin, when the jar is that plugin); a refusal stays in the dialog.
 */
final class PluginCheckDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** The kinds of change in the order shown, with their Chinese names. */
    static final Map<String, String> KINDS = Labels.ordered("unit", "单位", "task", "任务", "cycle", "周期", "form", "表单",
            "setting", "模块设置", "jurisdiction", "辖区");
    static final Map<String, String> CHANGES = Labels.ordered(PluginChangeDTO.ADDED, "新增", PluginChangeDTO.REMOVED,
            "删除", PluginChangeDTO.CHANGED, "修改");

    /** Installs ({@code upgrade} false) or upgrades the bundle named with the checked jar. */
    interface Apply {
        PluginDTO apply(boolean upgrade, String bundle);
    }

    /**
     * @param source what was checked, for the reader (the file name or the repository location)
     * @param target the installed plugin the administrator chose to upgrade; null for an upload of any plugin
     * @param onDone called with the success message once the change is made (the dialog is closed by then)
     */
    PluginCheckDialog(String source, PluginCheckDTO check, PluginDTO target, Apply apply,
            java.util.function.Consumer<String> onDone) {
        setId("plugin-check-dialog");
        setHeaderTitle("插件检查结果");
        setWidth("min(52em, 95vw)");
        setCloseOnOutsideClick(false);

        List<String> problems = new ArrayList<>(check.problems == null ? List.of() : check.problems);
        boolean wrongPlugin = target != null && check.bundle != null && !target.bundle.equals(check.bundle);
        if (wrongPlugin) {
            problems.add(0, "所选 jar 是插件 " + check.bundle + "，不是要升级的 " + target.bundle);
        }
        boolean upgrade = PluginCheckDTO.UPGRADE.equals(check.action);

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.addFormItem(text("plugin-check-source", source + (check.size > 0 ? "（" + Uploads.size(check.size) + "）" : "")),
                "来源");
        facts.addFormItem(text("plugin-check-bundle", check.bundle), "插件");
        facts.addFormItem(text("plugin-check-version", check.version), "版本");
        facts.addFormItem(text("plugin-check-jurisdiction", jurisdiction(check)), "辖区");
        facts.addFormItem(text("plugin-check-action", action(check)), "操作");
        facts.addFormItem(text("plugin-check-counts", "单位 " + check.units + " 个，任务 " + check.tasks + " 项，周期 "
                + check.cycles + " 个，表单 " + check.forms + " 张"), "内容");
        Span digest = text("plugin-check-digest", check.digest);
        digest.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        facts.addFormItem(digest, "SHA-256");
        Span trust = text("plugin-check-trust", (check.trusted ? "可信" : "不可信")
                + (check.trust == null || check.trust.isBlank() ? "" : "：" + check.trust));
        trust.getStyle().set("color", check.trusted ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        trust.getElement().setAttribute("data-trusted", String.valueOf(check.trusted));
        facts.addFormItem(trust, "信任");
        add(facts);

        if (!problems.isEmpty()) {
            Div list = new Div();
            list.setId("plugin-check-problems");
            for (String problem : problems) {
                Div line = new Div(new Span(problem));
                line.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
                list.add(line);
            }
            add(heading("问题（" + problems.size() + " 项，不能" + (upgrade ? "升级" : "安装") + "）"), list);
        }
        if (upgrade) {
            add(changes(check.changes));
        }

        Span refusal = new Span();
        refusal.setId("plugin-check-error");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        add(refusal);

        Button confirm = new Button(upgrade ? "升级" : "安装");
        confirm.setId("plugin-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(check.isAcceptable() && !wrongPlugin);
        confirm.addClickListener(e -> {
            refusal.setText("");
            String bundle = target != null ? target.bundle : check.bundle;
            Feedback.call(() -> apply.apply(upgrade, bundle), Map.of(), refused -> refusal.setText(Feedback.message(refused)))
                    .ifPresent(done -> {
                        close();
                        onDone.accept(message(upgrade, check, done));
                    });
        });
        Button cancel = new Button("取消", e -> close());
        cancel.setId("plugin-cancel");
        getFooter().add(cancel, confirm);
    }

    /** "已安装 吕梁市 插件 1.0.0" / "已升级 吕梁市 插件到 1.1.0（12 处变更）". */
    static String message(boolean upgrade, PluginCheckDTO check, PluginDTO done) {
        String name = Labels.blankToNull(done.name) != null ? done.name
                : Labels.blankToNull(check.name) != null ? check.name : Labels.nz(check.bundle);
        String version = Labels.blankToNull(done.version) != null ? done.version : Labels.nz(check.version);
        if (!upgrade) {
            return "已安装 " + name + " 插件 " + version;
        }
        int changes = done.changes != null && !done.changes.isEmpty() ? done.changes.size()
                : check.changes == null ? 0 : check.changes.size();
        return "已升级 " + name + " 插件到 " + version + (changes > 0 ? "（" + changes + " 处变更）" : "");
    }

    static String action(PluginCheckDTO check) {
        if (check.action == null) {
            return "不是辖区插件";
        }
        return switch (check.action) {
            case PluginCheckDTO.INSTALL -> "安装新插件";
            case PluginCheckDTO.UPGRADE -> "升级（当前版本 " + Labels.nz(check.installedVersion) + "）";
            case PluginCheckDTO.SAME -> "与已安装版本相同";
            default -> check.action;
        };
    }

    private static String jurisdiction(PluginCheckDTO check) {
        if (check.name == null && check.jurisdiction == null) {
            return "";
        }
        return Labels.nz(check.name) + (check.jurisdiction == null ? "" : "（" + check.jurisdiction + "）")
                + (check.level == null ? "" : " · " + Labels.level(check.level));
    }

    /** The changes of an upgrade by kind (单位, 任务, …), each as 新增/删除/修改 id：before → after. */
    static Div changes(List<PluginChangeDTO> changes) {
        Div box = new Div();
        box.setId("plugin-check-changes");
        List<PluginChangeDTO> all = changes == null ? List.of() : changes;
        if (all.isEmpty()) {
            box.add(heading("变更"), new Div(new Span("数据无变化")));
            return box;
        }
        Map<String, List<PluginChangeDTO>> byKind = new LinkedHashMap<>();
        KINDS.keySet().forEach(k -> byKind.put(k, new ArrayList<>()));
        for (PluginChangeDTO c : all) {
            byKind.computeIfAbsent(Labels.nz(c.kind), k -> new ArrayList<>()).add(c);
        }
        box.add(heading("变更（" + all.size() + " 处）"));
        for (Map.Entry<String, List<PluginChangeDTO>> kind : byKind.entrySet()) {
            if (kind.getValue().isEmpty()) {
                continue;
            }
            Div group = new Div();
            group.setId("plugin-changes-" + (kind.getKey().isEmpty() ? "other" : kind.getKey()));
            Span title = new Span(Labels.label(KINDS, kind.getKey()) + "（" + kind.getValue().size() + "）");
            title.getStyle().set("font-weight", "600");
            group.add(new Div(title));
            for (PluginChangeDTO c : kind.getValue()) {
                group.add(new Div(new Span(line(c))));
            }
            group.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            box.add(group);
        }
        return box;
    }

    /** 新增 11/2：措施 / 删除 11/2：措施 / 修改 11/2：旧 → 新. */
    static String line(PluginChangeDTO c) {
        String what = Labels.label(CHANGES, c.change) + " " + Labels.nz(c.id);
        if (PluginChangeDTO.ADDED.equals(c.change)) {
            return c.after == null ? what : what + "：" + c.after;
        }
        if (PluginChangeDTO.REMOVED.equals(c.change)) {
            return c.before == null ? what : what + "：" + c.before;
        }
        if (c.before == null && c.after == null) {
            return what;
        }
        return what + "：" + (c.before == null ? "（无）" : c.before) + " → " + (c.after == null ? "（无）" : c.after);
    }

    private static H4 heading(String text) {
        H4 h = new H4(text);
        h.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs) 0");
        return h;
    }

    private static Span text(String id, String value) {
        Span s = new Span(Labels.nz(value));
        s.setId(id);
        return s;
    }
}
