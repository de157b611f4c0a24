package org.luoshi.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.PageDTO;
import org.luoshi.api.integration.DeliveryDTO;
import org.luoshi.api.integration.ServiceAccountDTO;
import org.luoshi.api.integration.ServiceAccounts;
import org.luoshi.api.integration.WebhookDTO;
import org.luoshi.api.integration.Webhooks;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;

/**
 * 接入管理, for administrators: the service accounts of integrators' programs (made here, their token shown once; a new
 * token or a revocation after a confirmation) and every event subscription with its deliveries. Anyone else who opens
 * the address gets a refusal instead of the content (the services refuse them too).
 */
@PageTitle("接入管理 · 落实")
public class IntegrationView extends SecuredView {
    public static final String ROUTE = "integration";
    static final String FORBIDDEN_ID = "integration-forbidden";
    private static final long serialVersionUID = 1L;
    static final Map<String, String> ACCESS = Labels.ordered(ServiceAccountDTO.READ, "只读", ServiceAccountDTO.READ_WRITE,
            "读写");
    static final Map<String, String> DELIVERY = Labels.ordered(DeliveryDTO.PENDING, "待推送", DeliveryDTO.DELIVERED,
            "已送达", DeliveryDTO.FAILED, "失败");

    private final VerticalLayout content = new VerticalLayout();
    private final Grid<ServiceAccountDTO> accounts = new Grid<>();
    private final Grid<WebhookDTO> hooks = new Grid<>();
    private final Span count = new Span();
    private Actor actor;
    private Services services;

    public IntegrationView() {
        setSizeFull();
        content.setPadding(false);
        content.setSizeFull();

        H2 title = new H2("接入管理");
        Button refresh = new Button("刷新", e -> reload());
        refresh.setId("integration-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button create = new Button("新建接入账号", e -> openCreate());
        create.setId("integration-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.setId("integration-count");
        HorizontalLayout head = new HorizontalLayout(title, create, refresh, count);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph("接入账号供其他系统的程序调用 REST、SOAP 接口（不用个人的用户名和密码）：只能查看所属单位"
                + "及下级的记录；只读账号不能办理任何事项。令牌只在新建或换发时显示一次，平台只保存其摘要；停用后立即失效。");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        accounts.setId("integration-accounts");
        accounts.addComponentColumn(IntegrationView::account).setHeader("接入账号").setWidth("12em").setFlexGrow(2);
        accounts.addColumn(a -> String.join("、", a.unitNames)).setHeader("所属单位").setWidth("10em").setFlexGrow(2);
        accounts.addColumn(a -> Labels.label(ACCESS, a.access)).setHeader("权限").setWidth("4.5em").setFlexGrow(0);
        accounts.addComponentColumn(IntegrationView::token).setHeader("令牌").setWidth("9em").setFlexGrow(0);
        accounts.addColumn(a -> a.lastUsedAt == null ? "从未使用"
                : Dates.minutes(a.lastUsedAt) + (a.lastUsedFrom == null ? "" : "（" + a.lastUsedFrom + "）"))
                .setHeader("最近使用").setWidth("10em").setFlexGrow(1);
        accounts.addComponentColumn(IntegrationView::state).setHeader("状态").setWidth("8em").setFlexGrow(1);
        accounts.addComponentColumn(this::accountActions).setHeader("操作").setWidth("9em").setFlexGrow(0);
        accounts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        accounts.setEmptyStateText("尚无接入账号");
        accounts.setMinHeight("12em");

        H4 subscriptions = new H4("事件订阅（Webhook）");
        subscriptions.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        Paragraph hooksIntro = new Paragraph("接入账号用自己的令牌订阅记录事件（POST /api/webhooks）；平台把所属单位可见的记录"
                + "推送到接收地址，以 HMAC-SHA256 签名，失败自动重试。");
        hooksIntro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        hooks.setId("integration-webhooks");
        hooks.addColumn(w -> Labels.nz(w.account)).setHeader("接入账号").setWidth("9em").setFlexGrow(1);
        hooks.addColumn(w -> Labels.nz(w.url)).setHeader("接收地址").setWidth("14em").setFlexGrow(3);
        hooks.addColumn(w -> String.join("、", w.events)).setHeader("事件").setWidth("10em").setFlexGrow(2);
        hooks.addColumn(w -> w.delivered + " / " + w.pending + " / " + w.failed).setHeader("送达/待推送/失败")
                .setWidth("8em").setFlexGrow(0);
        hooks.addColumn(w -> (w.active ? "订阅中" : "已取消") + "（" + Dates.minutes(w.createdAt) + " 起）").setHeader("状态")
                .setWidth("9em").setFlexGrow(1);
        hooks.addComponentColumn(this::hookActions).setHeader("操作").setWidth("10em").setFlexGrow(0);
        hooks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        hooks.setEmptyStateText("尚无事件订阅");
        hooks.setMinHeight("10em");

        content.add(head, intro, accounts, subscriptions, hooksIntro, hooks);
        content.setFlexGrow(1, accounts);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        removeAll();
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            accounts.setItems(List.of());
            hooks.setItems(List.of());
            Div box = new Div();
            box.setId(FORBIDDEN_ID);
            H2 heading = new H2("无权访问接入管理");
            heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
            box.add(heading, new Paragraph("只有系统管理员可以管理接入账号和事件订阅。"));
            add(box);
            return;
        }
        if (!services.has(ServiceAccounts.class)) {
            throw LuoshiException.unavailable("接入管理服务未启用");
        }
        add(content);
        reload();
    }

    private void reload() {
        List<ServiceAccountDTO> list = Feedback.call(() -> services.get(ServiceAccounts.class).list(actor)).orElse(List.of());
        accounts.setItems(list);
        long active = list.stream().filter(a -> a.active).count();
        count.setText("共 " + list.size() + " 个接入账号（启用 " + active + " 个）");
        hooks.setItems(services.find(Webhooks.class).flatMap(w -> Feedback.call(() -> w.list(actor))).orElse(List.of()));
    }

    // ---- the columns ------------------------------------------------------------------------------------------------

    private static Component account(ServiceAccountDTO a) {
        Div name = new Div(new Span(Labels.nz(a.title)));
        Div id = new Div(new Span(a.name));
        id.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(name, id);
    }

    private static Component token(ServiceAccountDTO a) {
        Div hint = new Div(new Span(Labels.nz(a.tokenHint)));
        hint.getStyle().set("font-family", "monospace");
        Div issued = new Div(new Span(Dates.minutes(a.tokenIssuedAt) + " 发放"));
        issued.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(hint, issued);
    }

    private static Component state(ServiceAccountDTO a) {
        Span s = new Span(a.active ? "启用" : "已停用");
        if (!a.active) {
            s.getStyle().set("color", "var(--lumo-error-text-color)");
            Div by = new Div(new Span(Dates.minutes(a.revokedAt) + " " + Labels.nz(a.revokedBy)));
            by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            return new Div(new Div(s), by);
        }
        return s;
    }

    private Component accountActions(ServiceAccountDTO a) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        if (!a.active) {
            return row;
        }
        Button renew = new Button("换发令牌", e -> ConfirmDialog.open("integration-renew", "换发令牌",
                "为“" + a.title + "”换发令牌：旧令牌立即失效，使用它的程序须改用新令牌。", "换发", false,
                () -> Feedback.call(() -> services.get(ServiceAccounts.class).renewToken(actor, a.name))
                        .ifPresent(done -> showToken(done, "新令牌"))));
        renew.setId("integration-renew-" + a.name);
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button revoke = new Button("停用", e -> ConfirmDialog.open("integration-revoke", "停用接入账号",
                "停用“" + a.title + "”：令牌立即失效，事件订阅停止推送；已有记录和历史保留。停用后不能恢复。", "停用", true,
                () -> Feedback.call(() -> services.get(ServiceAccounts.class).revoke(actor, a.name)).ifPresent(done -> {
                    Feedback.info("已停用 " + a.name);
                    reload();
                })));
        revoke.setId("integration-revoke-" + a.name);
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(renew, revoke);
        return row;
    }

    private Component hookActions(WebhookDTO w) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        Button log = new Button("推送记录", e -> openDeliveries(w));
        log.setId("integration-deliveries-" + w.id);
        log.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(log);
        if (w.active) {
            Button end = new Button("取消订阅", e -> ConfirmDialog.open("integration-unsubscribe", "取消订阅",
                    "取消 " + w.account + " 对 " + w.url + " 的订阅：待推送的不再推送。", "取消订阅", true,
                    () -> Feedback.call(() -> services.get(Webhooks.class).unsubscribe(actor, w.id)).ifPresent(done -> reload())));
            end.setId("integration-unsubscribe-" + w.id);
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(end);
        }
        return row;
    }

    // ---- dialogs ----------------------------------------------------------------------------------------------------

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setId("integration-create-dialog");
        dialog.setHeaderTitle("新建接入账号");
        dialog.setWidth("min(36em, 95vw)");
        TextField name = new TextField("账号名");
        name.setId("integration-name");
        name.setRequired(true);
        name.setMaxLength(40);
        name.setPlaceholder("如 youyu-police");
        name.setHelperText("3–40 个小写字母、数字或“-”，以字母开头；不能重复使用");
        name.setWidthFull();
        TextField title = new TextField("用途");
        title.setId("integration-title");
        title.setRequired(true);
        title.setMaxLength(200);
        title.setPlaceholder("如：右玉县公安局执法系统对接");
        title.setWidthFull();
        MultiSelectComboBox<UnitDTO> units = new MultiSelectComboBox<>("所属单位");
        units.setId("integration-units");
        units.setRequired(true);
        units.setItems(allUnits());
        units.setItemLabelGenerator(u -> Labels.nz(u.name));
        units.setHelperText("账号可查看这些单位及其下级的记录");
        units.setWidthFull();
        RadioButtonGroup<String> access = new RadioButtonGroup<>("权限");
        access.setId("integration-access");
        access.setItems(ServiceAccountDTO.READ, ServiceAccountDTO.READ_WRITE);
        access.setItemLabelGenerator(a -> Labels.label(ACCESS, a));
        access.setValue(ServiceAccountDTO.READ);
        VerticalLayout form = new VerticalLayout(name, title, units, access);
        form.setPadding(false);
        dialog.add(form);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("title", title);
        fields.put("units", units);
        Button save = new Button("新建", e -> {
            ServiceAccountDTO in = new ServiceAccountDTO();
            in.name = Labels.blankToNull(name.getValue());
            in.title = Labels.blankToNull(title.getValue());
            in.units = new ArrayList<>(units.getValue().stream().map(u -> u.id).sorted().toList());
            in.access = access.getValue();
            Feedback.call(() -> services.get(ServiceAccounts.class).create(actor, in), fields).ifPresent(made -> {
                dialog.close();
                showToken(made, "令牌");
            });
        });
        save.setId("integration-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Every unit of every jurisdiction installed, by jurisdiction then unit id. */
    private List<UnitDTO> allUnits() {
        JurisdictionRegistry registry = services.get(JurisdictionRegistry.class);
        List<UnitDTO> out = new ArrayList<>();
        for (JurisdictionDTO j : registry.jurisdictions()) {
            registry.units(j.id).ifPresent(out::addAll);
        }
        out.sort(Comparator.comparing((UnitDTO u) -> u.id));
        return out;
    }

    /** The token, this once: to be copied now. */
    private void showToken(ServiceAccountDTO made, String what) {
        Dialog dialog = new Dialog();
        dialog.setId("integration-token-dialog");
        dialog.setHeaderTitle(what + "：" + made.name);
        dialog.setWidth("min(40em, 95vw)");
        Paragraph warn = new Paragraph("令牌只显示这一次，平台不保存原文。请立即复制，交给对接系统的管理员保管；遗失只能换发。");
        warn.getStyle().set("color", "var(--lumo-error-text-color)");
        TextField token = new TextField("令牌");
        token.setId("integration-token");
        token.setValue(made.token == null ? "" : made.token);
        token.setReadOnly(true);
        token.setWidthFull();
        token.getStyle().set("font-family", "monospace");
        Paragraph use = new Paragraph("调用时使用 HTTP 头 Authorization: Bearer <令牌>；只支持 Basic 的 SOAP 客户端可用账号名 "
                + made.name + " 作用户名、令牌作密码。");
        use.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button copy = new Button("复制", e -> token.getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", token.getValue()));
        copy.setId("integration-token-copy");
        Button done = new Button("我已保存", e -> {
            dialog.close();
            reload();
        });
        done.setId("integration-token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(warn, token, use);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void openDeliveries(WebhookDTO w) {
        Dialog dialog = new Dialog();
        dialog.setId("integration-deliveries-dialog");
        dialog.setHeaderTitle("推送记录：" + w.url);
        dialog.setWidth("min(60em, 95vw)");
        Grid<DeliveryDTO> grid = new Grid<>();
        grid.setId("integration-deliveries-grid");
        grid.addColumn(d -> Dates.minutes(d.createdAt)).setHeader("事件时间").setWidth("9em").setFlexGrow(0);
        grid.addColumn(d -> d.event + " #" + d.entityId).setHeader("事件").setWidth("10em").setFlexGrow(1);
        grid.addComponentColumn(IntegrationView::deliveryState).setHeader("状态").setWidth("6em").setFlexGrow(0);
        grid.addColumn(d -> d.attempts).setHeader("尝试次数").setWidth("5em").setFlexGrow(0);
        grid.addColumn(d -> (d.lastStatus > 0 ? "HTTP " + d.lastStatus + " " : "") + Labels.nz(d.lastError))
                .setHeader("接收方答复").setWidth("10em").setFlexGrow(1);
        grid.addColumn(d -> d.deliveredAt != null ? "送达 " + Dates.minutes(d.deliveredAt)
                : d.nextAttemptAt != null ? "下次 " + Dates.minutes(d.nextAttemptAt) : "").setHeader("时间").setWidth("9em");
        grid.addComponentColumn(d -> {
            if (!w.active || DeliveryDTO.DELIVERED.equals(d.status)) {
                return new Span();
            }
            Button retry = new Button("重新推送", e -> Feedback.call(() -> services.get(Webhooks.class).retry(actor, d.id))
                    .ifPresent(x -> Feedback.info("已安排重新推送")));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retry;
        }).setHeader("操作").setWidth("7em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("尚无推送");
        PageDTO<DeliveryDTO> page = Feedback.call(() -> services.get(Webhooks.class).deliveries(actor, w.id, 0, 200))
                .orElse(new PageDTO<>());
        grid.setItems(page.items);
        Span total = new Span("共 " + page.total + " 条" + (page.total > page.items.size() ? "，显示最近 " + page.items.size() + " 条" : ""));
        dialog.add(total, grid);
        grid.setHeight("24em");
        Button close = new Button("关闭", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Component deliveryState(DeliveryDTO d) {
        Span s = new Span(Labels.label(DELIVERY, d.status));
        if (DeliveryDTO.FAILED.equals(d.status)) {
            s.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return s;
    }
}
