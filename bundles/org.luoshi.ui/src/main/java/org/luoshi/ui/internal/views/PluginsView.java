package org.luoshi.ui.internal.views;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;

/**
 * 插件管理, for administrators: the region plugins installed ({@link Plugins#list}) with what each supplies, and the
 * changes to them — a jar uploaded or read from the local Maven repository is checked first ({@link PluginCheckDialog})
 * and installed or upgraded only once the administrator confirms; a plugin is rolled back, removed or restored after a
 * confirmation. Anyone else who opens the address gets a refusal instead of the content (the service refuses them too).
 */
@PageTitle("插件管理 · 落实")
public class PluginsView extends SecuredView {
    public static final String ROUTE = "plugins";
    /** The largest plugin jar taken (a region's data is far smaller; the platform's file limit is lower). */
    static final int MAX_JAR_BYTES = 20 * 1024 * 1024;
    /** The id of the refusal shown to a user who is not an administrator. */
    static final String FORBIDDEN_ID = "plugins-forbidden";
    private static final long serialVersionUID = 1L;

    private final VerticalLayout content = new VerticalLayout();
    private final Grid<PluginDTO> grid = new Grid<>();
    private final Span count = new Span();
    private Actor actor;
    private Services services;
    /** The upgrade dialog open now (closed once its upgrade is done), or null. */
    private Dialog upgradeDialog;

    public PluginsView() {
        setSizeFull();
        content.setPadding(false);
        content.setSizeFull();

        H2 title = new H2("插件管理");
        Button refresh = new Button("刷新", e -> reload());
        refresh.setId("plugins-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("plugins-count");
        HorizontalLayout head = new HorizontalLayout(title, refresh, count);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph("每个辖区插件提供一个辖区的单位、任务目录、报送周期和表单。安装、升级前先检查插件 jar"
                + "（数据能否读取、是否可信、与已安装版本有何不同），确认后生效，无需重启；升级前的版本保留，可随时回退。");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        grid.setId("plugins-grid");
        grid.addComponentColumn(PluginsView::jurisdiction).setHeader("辖区").setWidth("7em").setFlexGrow(1);
        grid.addColumn(p -> Labels.level(p.level)).setHeader("级别").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(p -> Labels.nz(p.version)).setHeader("版本").setWidth("5.5em").setFlexGrow(0);
        grid.addComponentColumn(PluginsView::state).setHeader("状态").setWidth("6.5em").setFlexGrow(2);
        grid.addComponentColumn(PluginsView::counts).setHeader("单位/任务/周期/表单").setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(p -> p.managed ? "平台管理" : "deploy 目录").setHeader("安装方式").setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(PluginsView::lastChange).setHeader("最近变更").setWidth("7.5em").setFlexGrow(1);
        grid.addColumn(p -> Labels.nz(p.previousVersion)).setHeader("可回退到").setWidth("5.5em").setFlexGrow(0);
        grid.addComponentColumn(PluginsView::digest).setHeader("SHA-256").setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("操作").setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("尚未安装任何辖区插件");
        grid.setMinHeight("14em");

        content.add(head, intro, grid, sources());
        content.setFlexGrow(1, grid);
    }

    /** The two ways to bring a jar: an upload and the local Maven repository (for sites without internet). */
    private Component sources() {
        H4 heading = new H4("安装或升级插件");
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        Upload upload = upload("plugin-upload", null);
        Span hint = new Span("一次一个 .jar 文件，不超过 " + MAX_JAR_BYTES / 1024 / 1024
                + " MB。上传后先显示检查结果，确认后才安装或升级；已安装插件的新版本按升级处理。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout box = new VerticalLayout(heading, upload, hint, repository("plugin-url", null));
        box.setPadding(false);
        box.setSpacing(true);
        return box;
    }

    /** An upload of a plugin jar; {@code target}: the installed plugin to upgrade (null: whatever the jar is). */
    private Upload upload(String id, PluginDTO target) {
        Upload upload = Uploads.upload(id, MAX_JAR_BYTES,
                (name, bytes) -> check(name, bytes, target),
                ".jar", "application/java-archive");
        Button pick = new Button("上传插件 jar");
        upload.setUploadButton(pick);
        return upload;
    }

    /** The field and button reading a jar from the local Maven repository ({@code <id>}, {@code <id>-check}). */
    private Component repository(String id, PluginDTO target) {
        TextField url = new TextField();
        url.setId(id);
        url.setPlaceholder("mvn:org.luoshi/…/版本");
        url.setAriaLabel("本地 Maven 仓库中的插件");
        url.setClearButtonVisible(true);
        url.setWidth("30em");
        url.setHelperText("离线部署：从服务器本地 Maven 仓库读取，格式 mvn:groupId/artifactId/版本");
        Button read = new Button("从本地仓库读取", e -> {
            url.setInvalid(false);
            String location = Labels.blankToNull(url.getValue());
            if (location == null) {
                url.setErrorMessage("请填写插件在本地仓库中的位置");
                url.setInvalid(true);
                return;
            }
            Feedback.call(() -> plugins().fromRepository(actor, location), java.util.Map.of(), refused -> {
                url.setErrorMessage(Feedback.message(refused));
                url.setInvalid(true);
            }).ifPresent(bytes -> check(location, bytes, target));
        });
        read.setId(id + "-check");
        HorizontalLayout row = new HorizontalLayout(url, read);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        removeAll();
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            grid.setItems(List.of());
            add(forbidden());
            return;
        }
        if (!services.has(Plugins.class)) {
            throw LuoshiException.unavailable("插件管理服务未启用");
        }
        add(content);
        reload();
    }

    /** The refusal in place of the content for a user who is not an administrator. */
    private static Component forbidden() {
        Div box = new Div();
        box.setId(FORBIDDEN_ID);
        H2 heading = new H2("无权访问插件管理");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Paragraph text = new Paragraph("只有系统管理员可以安装、升级、回退或删除辖区插件。如需变更辖区插件，请联系管理员。");
        text.setId("plugins-forbidden-message");
        box.add(heading, text);
        return box;
    }

    private Plugins plugins() {
        return services.get(Plugins.class);
    }

    private void reload() {
        List<PluginDTO> plugins = Feedback.call(() -> plugins().list(actor)).orElse(List.of());
        grid.setItems(plugins);
        long removed = plugins.stream().filter(PluginsView::isRemoved).count();
        count.setText("共 " + plugins.size() + " 个插件" + (removed > 0 ? "（其中已删除 " + removed + " 个）" : ""));
    }

    // ---- the columns ------------------------------------------------------------------------------------------------

    private static Component jurisdiction(PluginDTO p) {
        Div name = new Div(new Span(p.name == null ? Labels.nz(p.bundle) : p.name));
        Div id = new Div(new Span(Labels.nz(p.jurisdiction)));
        id.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(name, id);
    }

    private static Component state(PluginDTO p) {
        Div cell = new Div(new Span(stateLabel(p)));
        if (p.error != null && !p.error.isBlank()) {
            Div error = new Div(new Span("数据无效：" + p.error));
            error.setId("plugin-error-" + key(p.bundle));
            error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            cell.add(error);
        }
        return cell;
    }

    static String stateLabel(PluginDTO p) {
        if (isRemoved(p)) {
            return "已删除（可恢复）";
        }
        return "ACTIVE".equals(p.state) ? "运行中" : Labels.nz(p.state);
    }

    private static boolean isRemoved(PluginDTO p) {
        return p.removed || "REMOVED".equals(p.state);
    }

    /** "4 / 21 / 2 / 2", spelled out in the tooltip. */
    private static Component counts(PluginDTO p) {
        Span counts = new Span(p.units + " / " + p.tasks + " / " + p.cycles + " / " + p.forms);
        counts.setId("plugin-counts-" + key(p.bundle));
        counts.getElement().setAttribute("title",
                "单位 " + p.units + " 个，任务 " + p.tasks + " 项，周期 " + p.cycles + " 个，表单 " + p.forms + " 张");
        return counts;
    }

    private static String lastChange(PluginDTO p) {
        String by = Labels.nz(p.changedBy);
        String at = Dates.minutes(p.changedAt);
        return (by + " " + at).strip();
    }

    private static Component digest(PluginDTO p) {
        if (p.digest == null || p.digest.isBlank()) {
            return new Span("");
        }
        Span digest = new Span(p.digest.length() > 12 ? p.digest.substring(0, 12) + "…" : p.digest);
        digest.setId("plugin-digest-" + key(p.bundle));
        digest.getElement().setAttribute("title", p.digest);
        digest.getStyle().set("font-family", "monospace");
        return digest;
    }

    /** 升级… 回退 删除 for an installed plugin, 恢复 for a removed one. */
    private Component actions(PluginDTO p) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        String key = key(p.bundle);
        if (isRemoved(p)) {
            String version = Labels.nz(p.previousVersion == null ? p.version : p.previousVersion);
            Button restore = small("恢复", "plugin-restore-" + key, e -> confirm("恢复插件",
                    "恢复 " + display(p) + "（版本 " + version + "）？恢复后该辖区重新可用，删除前的记录照常可查。",
                    "恢复", false, () -> Feedback.call(() -> plugins().rollback(actor, p.bundle))
                            .ifPresent(done -> done("已恢复 " + display(done) + " " + Labels.nz(done.version)))));
            bar.add(restore);
            return bar;
        }
        bar.add(small("升级…", "plugin-upgrade-" + key, e -> upgrade(p)));
        if (p.previousVersion != null && !p.previousVersion.isBlank()) {
            bar.add(small("回退", "plugin-rollback-" + key, e -> confirm("回退插件",
                    "回退到版本 " + p.previousVersion + "？" + display(p) + "将从版本 " + Labels.nz(p.version)
                            + " 回到版本 " + p.previousVersion + "，期间的记录保留。",
                    "回退", false, () -> Feedback.call(() -> plugins().rollback(actor, p.bundle))
                            .ifPresent(done -> done("已将 " + display(done) + "回退到 " + Labels.nz(done.version))))));
        }
        Button remove = small("删除", "plugin-remove-" + key, e -> confirm("删除插件",
                "删除 " + display(p) + "（" + Labels.nz(p.bundle) + " " + Labels.nz(p.version) + "）？删除后该辖区不再可选，"
                        + "已有的记录保留且仍可查看；插件 jar 由平台保留，可随时“恢复”（回退）。",
                "删除", true, () -> Feedback.call(() -> plugins().remove(actor, p.bundle))
                        .ifPresent(done -> done("已删除 " + display(p) + "（记录保留，可恢复）"))));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bar.add(remove);
        return bar;
    }

    private static Button small(String text, String id, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> action) {
        Button b = new Button(text, action);
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** A dialog to choose the new version of one installed plugin: an upload or the local Maven repository. */
    private void upgrade(PluginDTO p) {
        Dialog dialog = new Dialog();
        dialog.setId("plugin-upgrade-dialog");
        dialog.setHeaderTitle("升级 " + display(p) + "（当前版本 " + Labels.nz(p.version) + "）");
        dialog.setWidth("min(44em, 95vw)");
        Span hint = new Span("选择 " + Labels.nz(p.bundle) + " 的新版本 jar；先显示检查结果与变更，确认后才升级。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout body = new VerticalLayout(hint, upload("plugin-upgrade-upload", p),
                repository("plugin-upgrade-url", p));
        body.setPadding(false);
        dialog.add(body);
        Button cancel = new Button("取消", e -> dialog.close());
        cancel.setId("plugin-upgrade-cancel");
        dialog.getFooter().add(cancel);
        dialog.open();
        upgradeDialog = dialog;
    }

    /** Checks a jar (changes nothing) and shows the result with the button that installs or upgrades it. */
    private void check(String source, byte[] jar, PluginDTO target) {
        Feedback.call(() -> plugins().check(actor, jar)).ifPresent(check -> new PluginCheckDialog(source, check, target,
                (upgrade, bundle) -> upgrade ? plugins().upgrade(actor, bundle, jar) : plugins().install(actor, jar),
                this::done).open());
    }

    /** After a change: the message, the list afresh, and the upgrade dialog (if open) closed. */
    private void done(String message) {
        if (upgradeDialog != null) {
            upgradeDialog.close();
            upgradeDialog = null;
        }
        Feedback.info(message);
        reload();
    }

    /** A confirmation before a change (ids {@code plugin-action-dialog}, {@code plugin-action-confirm}, …-cancel). */
    private static void confirm(String title, String text, String action, boolean danger, Runnable onConfirm) {
        ConfirmDialog.open("plugin", title, text, action, danger, onConfirm);
    }

    /** "吕梁市 插件", or the bundle when its data named no jurisdiction. */
    static String display(PluginDTO p) {
        return (p.name == null || p.name.isBlank() ? Labels.nz(p.bundle) : p.name) + " 插件";
    }

    /** A bundle's symbolic name as part of an element id: dots as dashes. */
    static String key(String bundle) {
        return Labels.nz(bundle).replace('.', '-');
    }
}
