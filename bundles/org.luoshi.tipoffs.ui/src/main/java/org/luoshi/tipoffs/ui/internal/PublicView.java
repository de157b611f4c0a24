package org.luoshi.tipoffs.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.tipoff.PublicStatusDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.ModuleNotice;
import org.luoshi.ui.kit.Pager;
import org.luoshi.ui.kit.PublicPage;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;

/**
 * 曝光台, open to anyone without a login (mechanisms 6 and 7): (a) 随手拍 — a tip-off to a jurisdiction's office,
 * anonymous or with name and contact, answered with a receipt code shown once, then up to 9 photos (JPEG or PNG) of
 * it may be added; (b) the status of a tip-off by its
 * receipt code (受理中 / 请补充材料 / 已受理 / 不予受理 / 已核查 / 已办结, the reason or the reply), and material added with
 * it (and how many photos); (c) the published typical cases, monthly disclosures and exposures of a jurisdiction and those below it, 10 a
 * page.
 * <p>
 * A part whose module (问题线索 for (a) and (b), 宣传曝光 for (c)) is stopped or not installed is hidden, and a
 * {@link ModuleNotice} says so.
 * <p>
 * Only the public operations of the services are called here; nothing internal is shown (no unit ids, no staff, no
 * identities, no internal notes). Submissions are limited per browser session against accidental repeats.
 */
@PageTitle("曝光台 · 随手拍 · 落实")
public class PublicView extends VerticalLayout implements PublicPage, BeforeEnterObserver {
    public static final String ROUTE = "public";
    static final int PAGE_SIZE = 10;
    /** At most this many photos per tip-off (the service's limit). */
    static final int MAX_PHOTOS = 9;
    private static final long serialVersionUID = 1L;

    // (a) 随手拍
    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("举报到");
    private final TextField subject = new TextField("被举报单位或对象（可不填）");
    private final TextArea content = new TextArea("举报内容");
    private final TextField place = new TextField("地点（可不填）");
    private final Checkbox anonymous = new Checkbox("匿名举报");
    private final TextField name = new TextField("姓名");
    private final TextField contact = new TextField("联系方式");
    private final ComboBox<String> reply = new ComboBox<>("告知方式");
    private final Button submit = new Button("提交举报");
    private final Div receipt = new Div();
    private final Span receiptCode = new Span();
    private final Div photoBox = new Div();
    private final Span photosSent = new Span();
    private final Span photoRefusal = new Span();
    /** The code of the tip-off just sent, for adding its photos; kept on the server only. */
    private String sentCode;

    // (b) status by receipt code
    private final TextField code = new TextField("查询码");
    private final Div statusBox = new Div();
    private final Span statusLabel = new Span();
    private final Span receivedOn = new Span();
    private final Span materialsAdded = new Span();
    private final Span photosAdded = new Span();
    private final Div decisionBox = new Div();
    private final Span decisionTitle = new Span();
    private final Paragraph decisionNote = new Paragraph();
    private final Div replyBox = new Div();
    private final Paragraph replyText = new Paragraph();
    private final Div materialBox = new Div();
    private final TextArea material = new TextArea("补充材料");
    /** The code of the status shown, for adding material; kept on the server only. */
    private String queriedCode;

    // (c) published items
    private final ComboBox<JurisdictionDTO> itemsJurisdiction = new ComboBox<>("辖区");
    private final ComboBox<String> itemsKind = new ComboBox<>("类型");
    private final VerticalLayout items = new VerticalLayout();
    private final Pager<PublicItemDTO> pager = new Pager<>("public-items", PAGE_SIZE, this::showItems);

    // the sections, hidden while the module that serves them is stopped
    private final Component snapshotPart;
    private final Component statusPart;
    private final Component itemsPart;
    /** The notice naming the modules missing right now; null while both are there. */
    private ModuleNotice missingNotice;

    private Services services;
    private boolean loading;

    public PublicView() {
        setId("public-page");
        setMaxWidth("64em");
        getStyle().set("margin", "0 auto");
        H1 title = new H1("安全生产曝光台");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-bottom", "0");
        Paragraph lead = new Paragraph("随手拍举报安全隐患和违法行为 · 凭查询码查询办理进度 · 典型案例和重大事故隐患月度公开");
        lead.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "var(--lumo-space-xs)");
        Anchor login = new Anchor(SecuredView.LOGIN_ROUTE, "工作人员登录");
        login.setId("public-login-link");
        HorizontalLayout head = new HorizontalLayout(new VerticalLayout(title, lead), login);
        head.setWidthFull();
        wrap(head);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        ((VerticalLayout) head.getComponentAt(0)).setPadding(false);
        head.setFlexGrow(1, head.getComponentAt(0));

        snapshotPart = snapshotSection();
        statusPart = statusSection();
        itemsPart = itemsSection();
        add(head, snapshotPart, statusPart, itemsPart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        services = Services.current();
        // 随手拍 and the status need the tip-offs, the published items the publicity: a stopped module hides its parts
        boolean tipOffs = services.has(TipOffService.class);
        boolean publicity = services.has(PublicityService.class);
        snapshotPart.setVisible(tipOffs);
        statusPart.setVisible(tipOffs);
        itemsPart.setVisible(publicity);
        if (missingNotice != null) {
            remove(missingNotice);
            missingNotice = null;
        }
        List<Class<?>> missing = services.missing(List.of(TipOffService.class, PublicityService.class));
        if (!missing.isEmpty()) {
            missingNotice = ModuleNotice.forPublic(services, missing);
            addComponentAtIndex(1, missingNotice);
        }
        List<JurisdictionDTO> js = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            JurisdictionDTO chosen = jurisdiction.getValue();
            jurisdiction.setItems(js);
            jurisdiction.setValue(chosen == null ? null
                    : js.stream().filter(j -> Objects.equals(j.id, chosen.id)).findFirst().orElse(null));
            JurisdictionDTO shown = itemsJurisdiction.getValue();
            itemsJurisdiction.setItems(js);
            itemsJurisdiction.setValue(js.stream().filter(j -> shown != null && Objects.equals(j.id, shown.id))
                    .findFirst().orElseGet(() -> top(js)));
        } finally {
            loading = false;
        }
        if (publicity) {
            pager.first();
        }
    }

    /** The jurisdiction at the top: the first one whose parent is not installed. */
    private static JurisdictionDTO top(List<JurisdictionDTO> js) {
        return js.stream().filter(j -> j.parent == null || js.stream().noneMatch(p -> p.id.equals(j.parent))).findFirst()
                .orElse(js.isEmpty() ? null : js.get(0));
    }

    /** A row that wraps onto the next line on a narrow (phone) screen instead of running off it. */
    private static void wrap(HorizontalLayout row) {
        row.getStyle().set("flex-wrap", "wrap").set("max-width", "100%");
    }

    private static Component section(String id, String heading, Component... body) {
        VerticalLayout section = new VerticalLayout();
        section.setId(id);
        section.setPadding(true);
        section.setWidthFull();
        section.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("margin-top", "var(--lumo-space-m)");
        H2 h = new H2(heading);
        h.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        section.add(h);
        section.add(body);
        return section;
    }

    // ---- (a) 随手拍 -------------------------------------------------------------------------------------------

    private Component snapshotSection() {
        jurisdiction.setId("public-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setPlaceholder("请选择地区");
        jurisdiction.setHelperText("举报将送交该地区安委会办公室受理");
        jurisdiction.setRequired(true);
        subject.setId("public-subject");
        subject.setMaxLength(500);
        content.setId("public-content");
        content.setRequired(true);
        content.setMaxLength(8000);
        content.setMinHeight("8em");
        content.setPlaceholder("请写明发现的安全隐患或违法行为、时间和具体情况");
        place.setId("public-place");
        place.setMaxLength(500);
        anonymous.setId("public-anonymous");
        anonymous.setValue(true);
        name.setId("public-name");
        name.setMaxLength(100);
        contact.setId("public-contact");
        contact.setMaxLength(200);
        contact.setPlaceholder("手机号码或其他联系方式");
        reply.setId("public-reply-channel");
        reply.setItems(TipOffLabels.REPLY_CHANNELS.keySet());
        reply.setItemLabelGenerator(c -> Labels.label(TipOffLabels.REPLY_CHANNELS, c));
        reply.setValue("ONLINE");
        anonymous.addValueChangeListener(e -> identityFields(Boolean.TRUE.equals(e.getValue())));
        identityFields(true);
        for (HasValidation h : List.<HasValidation>of(jurisdiction, subject, content, place, name, contact, reply)) {
            h.setManualValidation(true);
        }
        submit.setId("public-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                send();
            } finally {
                submit.setEnabled(true);
            }
        });
        Span privacy = new Span("实名举报的姓名和联系方式加密保存，仅承办人员可见；匿名举报凭查询码查询结果。");
        privacy.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        receipt.setId("public-receipt");
        receipt.setVisible(false);
        receipt.getStyle().set("border", "2px solid var(--lumo-success-color)").set("border-radius",
                "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("background", "var(--lumo-success-color-10pct)");
        Span done = new Span("举报已提交。您的查询码：");
        done.getStyle().set("font-weight", "600");
        receiptCode.setId("public-receipt-code");
        receiptCode.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xxxl)")
                .set("font-family", "monospace").set("font-weight", "700").set("letter-spacing", "0.08em")
                .set("margin", "var(--lumo-space-s) 0");
        Span keep = new Span("请抄写或截图保存查询码：凭此码在本页查询办理进度、补充材料。查询码只显示这一次，遗失后无法找回。");
        receipt.add(done, receiptCode, keep, photoSection());

        FormLayout form = Forms.twoColumns();
        form.add(jurisdiction, subject);
        form.add(content, 2);
        form.add(place, 2);
        form.add(anonymous, 2);
        form.add(name, contact);
        form.add(reply);
        HorizontalLayout bar = new HorizontalLayout(submit, privacy);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        wrap(bar);
        return section("public-snapshot", "随手拍 · 我要举报", receipt, form, bar);
    }

    private void identityFields(boolean anon) {
        name.setVisible(!anon);
        contact.setVisible(!anon);
        if (anon) {
            name.clear();
            contact.clear();
            reply.setValue("ONLINE");
        }
        reply.setEnabled(!anon);
    }

    private Map<String, HasValidation> snapshotFields() {
        return Forms.fields("jurisdiction", jurisdiction, "subject", subject, "content", content, "place", place,
                "reporterName", name, "reporterContact", contact, "replyChannel", reply);
    }

    private void send() {
        Map<String, HasValidation> fields = snapshotFields();
        fields.values().forEach(f -> f.setInvalid(false));
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null) {
            jurisdiction.setErrorMessage("请选择举报到哪个地区");
            jurisdiction.setInvalid(true);
            Feedback.error("请选择举报到哪个地区");
            return;
        }
        TipOffDTO in = new TipOffDTO();
        in.channel = "SNAPSHOT";
        in.subject = Labels.blankToNull(subject.getValue());
        in.content = Labels.blankToNull(content.getValue());
        in.place = Labels.blankToNull(place.getValue());
        in.anonymous = anonymous.getValue();
        in.reporterName = in.anonymous ? null : Labels.blankToNull(name.getValue());
        in.reporterContact = in.anonymous ? null : Labels.blankToNull(contact.getValue());
        in.replyChannel = in.anonymous ? "ONLINE" : reply.getValue();
        Feedback.call(() -> services.get(TipOffService.class).submitPublic(j.id, in, clientAddress()), fields).ifPresent(c -> {
            receiptCode.setText(c);
            sentCode = c;
            showPhotos(0);
            photoRefusal.setText("");
            receipt.setVisible(true);
            subject.clear();
            content.clear();
            place.clear();
            name.clear();
            contact.clear();
            Feedback.info("举报已提交，请保存查询码");
            receipt.scrollIntoView();
        });
    }

    /** 随手拍 photos of the tip-off just sent: JPEG or PNG, at most {@link #MAX_PHOTOS}, each within 10 MB. */
    private Component photoSection() {
        photoBox.setId("public-photos");
        photoBox.getStyle().set("margin-top", "var(--lumo-space-m)");
        Span title = new Span("添加现场照片（JPEG 或 PNG，最多 " + MAX_PHOTOS + " 张，每张不超过 10 MB）");
        title.getStyle().set("font-weight", "600").set("display", "block");
        photosSent.setId("public-photos-sent");
        photosSent.getStyle().set("display", "block").set("margin", "var(--lumo-space-xs) 0");
        photoRefusal.setId("public-photo-refusal");
        photoRefusal.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        photoBox.add(title, photosSent, Uploads.upload("public-photo-upload", this::addPhoto, "image/jpeg", "image/png",
                ".jpg", ".jpeg", ".png"), photoRefusal);
        return photoBox;
    }

    private void showPhotos(int count) {
        photosSent.setText(count == 0 ? "尚未添加照片" : "已添加照片 " + count + " 张");
        // the upload goes once the limit is reached
        photoBox.getChildren().filter(c -> c.getId().filter("public-photo-upload"::equals).isPresent()).findFirst()
                .ifPresent(u -> u.setVisible(count < MAX_PHOTOS));
    }

    private void addPhoto(String fileName, byte[] bytes) {
        photoRefusal.setText("");
        if (sentCode == null) {
            Feedback.error("请先提交举报");
            return;
        }
        String c = sentCode;
        Feedback.call(() -> services.get(TipOffService.class).addPhoto(c, fileName, bytes, clientAddress()), Map.<String, HasValidation>of(),
                refused -> photoRefusal.setText("“" + Labels.nz(fileName) + "” 未添加：" + refused.getMessage()))
                .ifPresent(s -> {
                    Feedback.info("照片已添加");
                    showPhotos(s.photosAdded);
                });
    }

    /** The times of the tip-offs sent from this browser session (a sliding window). */
    /**
     * The client's address, counted by the service with the REST side's public submissions (the limit is per address,
     * not per browser session, which a cookie-less client renews at will).
     */
    private static String clientAddress() {
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    // ---- (b) status by receipt code -------------------------------------------------------------------------

    private Component statusSection() {
        code.setId("public-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        // as wide as the phone allows, 20em at most (随手拍 is sent and followed on phones, 360–430 px wide)
        code.setWidthFull();
        code.setMaxWidth("20em");
        code.setMinWidth("0");
        code.setManualValidation(true);
        code.addKeyPressListener(Key.ENTER, e -> query());
        Button query = new Button("查询", e -> query());
        query.setId("public-query");
        query.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout ask = new HorizontalLayout(code, query);
        ask.setAlignItems(FlexComponent.Alignment.BASELINE);
        ask.setWidthFull();
        ask.setFlexGrow(1, code);
        wrap(ask);

        statusBox.setId("public-status-result");
        statusBox.setVisible(false);
        statusBox.setWidthFull();
        statusLabel.setId("public-status");
        statusLabel.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700");
        receivedOn.setId("public-received-on");
        materialsAdded.setId("public-materials-added");
        photosAdded.setId("public-photos-added");
        for (Span s : List.of(receivedOn, materialsAdded, photosAdded)) {
            s.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        FlexLayout line = new FlexLayout(statusLabel, receivedOn, materialsAdded, photosAdded);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        decisionTitle.getStyle().set("font-weight", "600");
        decisionNote.setId("public-decision-note");
        decisionNote.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        decisionBox.add(decisionTitle, decisionNote);
        Span replyTitle = new Span("办理结果");
        replyTitle.getStyle().set("font-weight", "600");
        replyText.setId("public-reply");
        replyText.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        replyBox.add(replyTitle, replyText);

        material.setId("public-material");
        material.setMaxLength(4000);
        material.setWidthFull();
        material.setMinHeight("5em");
        material.setManualValidation(true);
        material.setPlaceholder("补充具体位置、时间、经过等情况");
        Button add = new Button("提交补充材料", e -> addMaterial());
        add.setId("public-add-material");
        materialBox.add(material, add);
        materialBox.setWidthFull();
        statusBox.add(line, decisionBox, replyBox, materialBox);
        return section("public-status-section", "查询办理进度", ask, statusBox);
    }

    private void query() {
        code.setInvalid(false);
        String c = Labels.blankToNull(code.getValue());
        if (c == null) {
            code.setErrorMessage("请输入查询码");
            code.setInvalid(true);
            Feedback.error("请输入查询码");
            return;
        }
        PublicStatusDTO s = Feedback.call(() -> services.get(TipOffService.class).publicStatus(c)).orElse(null);
        if (s == null) {
            statusBox.setVisible(false);
            queriedCode = null;
            return;
        }
        queriedCode = c;
        showStatus(s);
    }

    private void showStatus(PublicStatusDTO s) {
        statusBox.setVisible(true);
        statusLabel.setText(Labels.nz(s.statusLabel));
        receivedOn.setText(s.receivedOn == null ? "" : "收到日期：" + s.receivedOn);
        materialsAdded.setText(s.materialsAdded > 0 ? "已补充材料 " + s.materialsAdded + " 次" : "");
        photosAdded.setText(s.photosAdded > 0 ? "已添加照片 " + s.photosAdded + " 张" : "");
        decisionBox.setVisible(s.decisionNote != null);
        decisionTitle.setText("REJECTED".equals(s.status) ? "不予受理理由" : "需要补充的材料");
        decisionNote.setText(Labels.nz(s.decisionNote));
        replyBox.setVisible(s.reply != null);
        replyText.setText(Labels.nz(s.reply));
        materialBox.setVisible(!"CLOSED".equals(s.status) && !"REJECTED".equals(s.status));
    }

    private void addMaterial() {
        material.setInvalid(false);
        if (queriedCode == null) {
            Feedback.error("请先输入查询码查询");
            return;
        }
        String c = queriedCode;
        Feedback.call(() -> services.get(TipOffService.class).addMaterial(c, Labels.blankToNull(material.getValue())),
                Forms.fields("text", material)).ifPresent(s -> {
                    material.clear();
                    Feedback.info("补充材料已提交");
                    showStatus(s);
                });
    }

    // ---- (c) published items --------------------------------------------------------------------------------

    private Component itemsSection() {
        itemsJurisdiction.setId("public-items-jurisdiction");
        itemsJurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        itemsJurisdiction.setHelperText("含下级地区");
        itemsJurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                pager.first();
            }
        });
        itemsKind.setId("public-items-kind");
        itemsKind.setItems(TipOffLabels.PUBLICATION_KINDS.keySet());
        itemsKind.setItemLabelGenerator(k -> Labels.label(TipOffLabels.PUBLICATION_KINDS, k));
        itemsKind.setClearButtonVisible(true);
        itemsKind.setPlaceholder("全部");
        itemsKind.addValueChangeListener(e -> {
            if (!loading) {
                pager.first();
            }
        });
        HorizontalLayout filters = new HorizontalLayout(itemsJurisdiction, itemsKind);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        wrap(filters);
        items.setId("public-items");
        items.setPadding(false);
        items.setWidthFull();
        pager.source((offset, limit) -> {
            JurisdictionDTO j = itemsJurisdiction.getValue();
            if (j == null || services == null) {
                return List.of();
            }
            return Feedback.call(() -> services.get(PublicityService.class).published(j.id, itemsKind.getValue(), offset, limit))
                    .orElse(List.of());
        });
        return section("public-items-section", "曝光台 · 典型案例和重大事故隐患月度公开", filters, items, pager);
    }

    private void showItems(List<PublicItemDTO> rows) {
        items.removeAll();
        if (rows.isEmpty()) {
            Span none = new Span("暂无公开内容");
            none.setId("public-items-empty");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            items.add(none);
            return;
        }
        for (PublicItemDTO item : rows) {
            items.add(card(item));
        }
    }

    private static Component card(PublicItemDTO item) {
        Div card = new Div();
        card.setId("public-item-" + item.id);
        card.addClassName("public-item");
        card.setWidthFull();
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding",
                "var(--lumo-space-s) 0");
        Span kind = new Span(Labels.label(TipOffLabels.PUBLICATION_KINDS, item.kind));
        kind.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-s)").set("background", "var(--lumo-primary-color-10pct)")
                .set("color", "var(--lumo-primary-text-color)");
        H3 title = new H3(Labels.nz(item.title));
        title.setId("public-item-" + item.id + "-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-xs) 0");
        StringBuilder meta = new StringBuilder(Labels.nz(item.publisher));
        if (item.month != null) {
            meta.append(" · ").append(item.month).append(" 月度公开");
        }
        if (item.publishedAt != null) {
            meta.append(" · 发布于 ").append(Dates.minutes(item.publishedAt));
        }
        Span info = new Span(meta.toString());
        info.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph body = new Paragraph(Labels.nz(item.body));
        body.setId("public-item-" + item.id + "-body");
        body.getStyle().set("white-space", "pre-wrap");
        card.add(kind, title, info, body);
        return card;
    }
}
