package org.luoshi.transfers.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.luoshi.api.Actor;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.SourceRefDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.LineagePanel;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.StepBar;
import org.luoshi.ui.kit.UnitNames;
import org.luoshi.ui.kit.Uploads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * One transfer of a suspected safety crime (行刑衔接, mechanism 8). New: a department the user may act for sends the case
 * to the public security of the same level (a cross-region case, naming the other region involved, goes to the public
 * security of the common higher level, which coordinates), with one of the five situations, the facts and the records
 * it comes from (隐患, 挂牌督办, 巡查检查, 举报线索). Sent: everything is shown, with the evidence files (name, type, size,
 * shortened SHA-256, who uploaded them and when, a download link); the sending side uploads evidence (read by the
 * receiving public security and the coordinator), the receiving public security accepts (受理) and records the outcome
 * (立案 / 不予立案 / 退回补充); either side records information shared with the procuratorate or a court. Every action
 * reloads the transfer from the service.
 */
final class TransferDialog extends Dialog {
    static final Set<String> REGION_KINDS = org.luoshi.api.jurisdiction.Regions.KINDS;
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final Runnable onChanged;
    private final UnitNames names = new UnitNames();
    private TransferDTO transfer;

    static void open(Services services, Actor actor, long id, Runnable onChanged) {
        if (services == null || actor == null) {
            return;
        }
        Feedback.call(() -> services.get(TransferService.class).get(actor, id))
                .ifPresent(t -> new TransferDialog(services, actor, onChanged).show(t).open());
    }

    static void openNew(Services services, Actor actor, JurisdictionDTO jurisdiction, Consumer<TransferDTO> onCreated) {
        if (services == null || actor == null) {
            return;
        }
        if (jurisdiction == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        TransferDialog d = new TransferDialog(services, actor, () -> { });
        d.newForm(jurisdiction, onCreated);
        d.open();
    }

    private TransferDialog(Services services, Actor actor, Runnable onChanged) {
        this.services = services;
        this.actor = actor;
        this.onChanged = onChanged;
        names.reset(services);
        setWidth("min(68em, 96vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        Button close = new Button("关闭", e -> close());
        close.setId("close-transfer-dialog");
        getFooter().add(close);
    }

    // ---- a new transfer --------------------------------------------------------------------------------------

    private void newForm(JurisdictionDTO jurisdiction, Consumer<TransferDTO> onCreated) {
        setId("transfer-form");
        setHeaderTitle("移送涉嫌安全生产犯罪案件 · " + Labels.nz(jurisdiction.name));
        List<UnitDTO> own = Choices.ownUnits(services, actor, jurisdiction.id);
        List<UnitDTO> departments = own.stream().filter(u -> "department".equals(u.kind)).toList();
        List<UnitDTO> senders = departments.isEmpty()
                ? own.stream().filter(u -> !"police".equals(u.kind)).toList() : departments;
        List<UnitDTO> installed = Choices.installedUnits(services);
        List<UnitDTO> police = installed.stream().filter(u -> "police".equals(u.kind)).toList();
        List<UnitDTO> regions = installed.stream().filter(u -> REGION_KINDS.contains(u.kind)).toList();

        Select<String> situation = new Select<>();
        situation.setLabel("移送情形");
        situation.setId("transfer-situation");
        situation.setItems(TransferLabels.TRANSFER_SITUATIONS.keySet());
        situation.setItemLabelGenerator(s -> Labels.label(TransferLabels.TRANSFER_SITUATIONS, s));
        situation.setPlaceholder("请选择五种情形之一");
        situation.setRequiredIndicatorVisible(true);
        situation.setWidthFull();
        ComboBox<UnitDTO> from = new ComboBox<>("移送部门");
        from.setId("transfer-from-unit");
        from.setItems(senders);
        from.setItemLabelGenerator(u -> Labels.nz(u.name));
        from.setRequired(true);
        ComboBox<UnitDTO> to = new ComboBox<>("接收的公安机关");
        to.setId("transfer-to-unit");
        to.setItems(police);
        to.setItemLabelGenerator(u -> Choices.qualifiedName(names, u));
        to.setRequired(true);
        to.setHelperText("同级公安机关");
        ComboBox<UnitDTO> other = new ComboBox<>("涉及的另一地区（跨区域案件）");
        other.setId("transfer-other-region");
        other.setItems(regions);
        other.setItemLabelGenerator(u -> Choices.qualifiedName(names, u));
        other.setClearButtonVisible(true);
        other.setHelperText("跨区域案件填写：移送共同上级的公安机关协调办理");
        // the receiver to expect: the public security beside the department (same parent); left alone once chosen
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && to.getValue() == null && other.getValue() == null) {
                police.stream().filter(p -> Objects.equals(p.parent, e.getValue().parent)).findFirst()
                        .ifPresent(to::setValue);
            }
        });
        other.addValueChangeListener(e -> to.setHelperText(e.getValue() == null ? "同级公安机关"
                : "跨区域案件：应为共同上级的公安机关，由其协调办理"));
        UnitDTO preset = senders.stream().filter(u -> actor.units().contains(u.id)).findFirst()
                .orElse(senders.size() == 1 ? senders.get(0) : null);
        if (preset != null) {
            from.setValue(preset);
        }
        TextArea facts = new TextArea("涉嫌犯罪事实");
        facts.setId("transfer-facts");
        facts.setRequired(true);
        facts.setMaxLength(8000);
        facts.setMinHeight("6em");

        // the records the case comes from: kept here until it is sent
        List<SourceRefDTO> sources = new ArrayList<>();
        Grid<SourceRefDTO> sourceGrid = new Grid<>();
        sourceGrid.setId("transfer-sources");
        ComboBox<String> sourceType = new ComboBox<>("来源记录类型");
        sourceType.setId("transfer-source-type");
        sourceType.setItems(TransferLabels.TRANSFER_SOURCES.keySet());
        sourceType.setItemLabelGenerator(s -> Labels.label(TransferLabels.TRANSFER_SOURCES, s));
        sourceType.setValue("hazard");
        // a picker of the records of that type the user may see (by words of their description), or a number typed
        ComboBox<Long> sourceId = new ComboBox<>("来源记录");
        sourceId.setId("transfer-source-id");
        sourceId.setWidth("24em");
        sourceId.setPlaceholder("输入编号或描述中的文字查找");
        sourceId.setAllowCustomValue(true);
        Map<Long, String> titles = new java.util.HashMap<>();
        sourceId.setItemLabelGenerator(n -> "#" + n + (titles.containsKey(n) ? " " + titles.get(n) : ""));
        sourceId.setItems(query -> {
            List<Long> found = SourcePicker.find(services, actor, jurisdiction.id, sourceType.getValue(),
                    query.getFilter().orElse(""), titles);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        sourceId.addCustomValueSetListener(e -> {
            String typed = Labels.nz(e.getDetail()).strip().replaceFirst("^#", "");
            if (typed.matches("[0-9]{1,18}")) {
                sourceId.setValue(Long.valueOf(typed));
            } else {
                sourceId.setErrorMessage("请从列表中选择，或填写记录编号");
                sourceId.setInvalid(true);
            }
        });
        sourceType.addValueChangeListener(e -> {
            sourceId.clear();
            sourceId.getDataProvider().refreshAll();
        });
        Runnable refresh = () -> sourceGrid.setItems(new ArrayList<>(sources));
        sourceGrid.addColumn(s -> Labels.label(TransferLabels.TRANSFER_SOURCES, s.type)).setHeader("类型").setFlexGrow(1);
        sourceGrid.addColumn(s -> "#" + s.id).setHeader("编号").setFlexGrow(1);
        sourceGrid.addColumn(new ComponentRenderer<Component, SourceRefDTO>(s -> {
            Button remove = new Button("移除", e -> {
                sources.remove(s);
                refresh.run();
            });
            remove.setId("remove-transfer-source-" + s.type + "-" + s.id);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        })).setHeader("").setWidth("7em").setFlexGrow(0);
        sourceGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        sourceGrid.setAllRowsVisible(true);
        refresh.run();
        Button addSource = new Button("添加来源", e -> {
            if (takeSource(sourceType, sourceId, sources)) {
                refresh.run();
            }
        });
        addSource.setId("add-transfer-source");
        HorizontalLayout sourceBar = new HorizontalLayout(sourceType, sourceId, addSource);
        sourceBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        for (HasValidation h : List.<HasValidation>of(situation, from, to, other, facts, sourceType, sourceId)) {
            h.setManualValidation(true);
        }
        FormLayout form = Forms.twoColumns();
        form.add(situation, 2);
        form.add(from, to);
        form.add(other);
        form.add(facts, 2);
        Map<String, HasValidation> fields = Forms.fields("situation", situation, "fromUnit", from, "toUnit", to,
                "otherRegion", other, "facts", facts, "sources", sourceId);
        Button send = new Button("移送", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            sourceType.setInvalid(false);
            // a source typed but not added yet goes with it
            if (sourceId.getValue() != null) {
                if (!takeSource(sourceType, sourceId, sources)) {
                    return;
                }
                refresh.run();
            }
            TransferDTO in = new TransferDTO();
            in.jurisdiction = jurisdiction.id;
            in.situation = situation.getValue();
            in.fromUnit = from.getValue() == null ? null : from.getValue().id;
            in.toUnit = to.getValue() == null ? null : to.getValue().id;
            in.otherRegion = other.getValue() == null ? null : other.getValue().id;
            in.facts = Labels.blankToNull(facts.getValue());
            in.sources = new ArrayList<>(sources);
            Feedback.call(() -> services.get(TransferService.class).send(actor, in), fields).ifPresent(created -> {
                Feedback.info("已移送（移送记录 " + created.id + "），请上传证据材料");
                onCreated.accept(created);
                show(created);
            });
        });
        send.setId("send-transfer");
        Span hint = new Span("发现涉嫌安全生产犯罪的，应依法及时移送同级公安机关；跨区域案件移送共同上级公安机关协调办理。"
                + "移送后可上传证据材料。同一案件不得重复移送。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout sourceBox = new VerticalLayout(sourceBar, sourceGrid);
        sourceBox.setPadding(false);
        VerticalLayout foot = new VerticalLayout(hint, send);
        foot.setPadding(false);
        add(Forms.section("移送情况", form), Forms.section("来源记录（至少一条）", sourceBox), foot);
    }

    /** Moves the typed source (type and id) into the list; a bad id is marked on its field. */
    private static boolean takeSource(ComboBox<String> type, ComboBox<Long> id, List<SourceRefDTO> sources) {
        type.setInvalid(false);
        id.setInvalid(false);
        if (type.getValue() == null) {
            type.setErrorMessage("请选择来源记录类型");
            type.setInvalid(true);
            return false;
        }
        Long n = id.getValue();
        if (n == null || n <= 0) {
            id.setErrorMessage("请填写来源记录的编号");
            id.setInvalid(true);
            return false;
        }
        Long number = n;
        if (sources.stream().noneMatch(s -> s.type.equals(type.getValue()) && s.id.equals(number))) {
            sources.add(new SourceRefDTO(type.getValue(), number));
        }
        id.clear();
        return true;
    }

    // ---- a sent transfer -------------------------------------------------------------------------------------

    /** The sending department's side (and the levels above it): uploads evidence. */
    private boolean sendingSide(TransferDTO t) {
        return actor.canSee(t.fromUnit);
    }

    /** The receiving public security itself (not the government above it): accepts and concludes. */
    private boolean receivingSide(TransferDTO t) {
        return t.toUnit != null && actor.units().stream().anyMatch(u -> u.equals(t.toUnit) || u.startsWith(t.toUnit + "."));
    }

    /** 移送 → 受理 → 办结 (the outcome, e.g. 不予立案, is in the record). */
    static StepBar steps(TransferDTO t) {
        StepBar bar = new StepBar("transfer-steps", java.util.List.of("移送", "受理", "办结"));
        switch (t.status == null ? "" : t.status) {
            case "ACCEPTED" -> bar.show(2, null);
            case "CONCLUDED" -> bar.show(3, null);
            default -> bar.show(1, null); // sent, waiting for the public security to accept
        }
        return bar;
    }

    private TransferDialog show(TransferDTO t) {
        transfer = t;
        setId("transfer-detail");
        removeAll();
        setHeaderTitle("移送记录 #" + t.id + " · " + Labels.label(TransferLabels.TRANSFER_SITUATIONS_SHORT, t.situation));
        add(steps(t), state(t), LineagePanel.of(services, actor, "transfer", t.id, this::close), details(t), sources(t),
                evidence(t));
        if (receivingSide(t)) {
            add(receiving(t));
        }
        add(shares(t));
        return this;
    }

    private Component state(TransferDTO t) {
        Span status = new Span(Labels.label(TransferLabels.TRANSFER_STATUSES, t.status));
        status.setId("transfer-status");
        status.getStyle().set("font-weight", "600");
        Span number = new Span("编号 " + t.id);
        number.setId("transfer-id");
        number.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span outcome = new Span(t.outcome == null ? "" : "处理结果：" + Labels.label(TransferLabels.TRANSFER_OUTCOMES, t.outcome));
        outcome.setId("transfer-outcome");
        outcome.getStyle().set("font-weight", "600");
        HorizontalLayout bar = new HorizontalLayout(status, number, outcome);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component details(TransferDTO t) {
        FormLayout form = Forms.twoColumns();
        form.add(Forms.readOnlyArea("移送情形", Labels.label(TransferLabels.TRANSFER_SITUATIONS, t.situation),
                "transfer-detail-situation"), 2);
        form.add(Forms.readOnly("移送部门", names.name(t.fromUnit), "transfer-detail-from"),
                Forms.readOnly("接收的公安机关", names.name(t.toUnit), "transfer-detail-to"));
        if (t.otherRegion != null || t.coordinator != null) {
            form.add(Forms.readOnly("涉及的另一地区", names.name(t.otherRegion), "transfer-detail-other-region"),
                    Forms.readOnly("协调办理（共同上级）", names.name(t.coordinator), "transfer-detail-coordinator"));
        }
        form.add(Forms.readOnlyArea("涉嫌犯罪事实", t.facts, "transfer-detail-facts"), 2);
        form.add(Forms.readOnly("移送", who(t.sentBy, t.sentAt), "transfer-detail-sent"),
                Forms.readOnly("受理", who(t.acceptedBy, t.acceptedAt), "transfer-detail-accepted"));
        if (t.outcome != null) {
            form.add(Forms.readOnly("处理结果", Labels.label(TransferLabels.TRANSFER_OUTCOMES, t.outcome), "transfer-detail-outcome"),
                    Forms.readOnly("办结时间", Dates.minutes(t.concludedAt), "transfer-detail-concluded-at"));
            form.add(Forms.readOnlyArea("处理说明", t.outcomeNote, "transfer-detail-outcome-note"), 2);
        }
        return Forms.section("移送情况", form);
    }

    private static String who(String by, String at) {
        if (by == null && at == null) {
            return "";
        }
        return People.name(by) + (at == null ? "" : "（" + Dates.minutes(at) + "）");
    }

    private Component sources(TransferDTO t) {
        Grid<SourceRefDTO> grid = new Grid<>();
        grid.setId("transfer-source-list");
        grid.addColumn(s -> Labels.label(TransferLabels.TRANSFER_SOURCES, s.type)).setHeader("类型").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<Component, SourceRefDTO>(s -> {
            Span id = new Span("#" + s.id);
            id.setId("transfer-source-" + s.type + "-" + s.id);
            return id;
        })).setHeader("编号").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(t.sources == null ? List.of() : t.sources);
        return Forms.section("来源记录", grid);
    }

    /** The evidence files the user may read, each with a download link; the upload for the sending side. */
    private Component evidence(TransferDTO t) {
        List<FileDTO> files = Feedback.call(() -> services.get(FileService.class).list(actor, "transfer", t.id)).orElse(List.of());
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (files.isEmpty()) {
            Span none = new Span("暂无证据材料");
            none.setId("transfer-evidence-empty");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            box.add(none);
        } else {
            Grid<FileDTO> grid = new Grid<>();
            grid.setId("transfer-evidence");
            grid.addColumn(new ComponentRenderer<Component, FileDTO>(f -> {
                Anchor link = new Anchor(Uploads.download(this, f.name, f.mediaType,
                        () -> services.get(FileService.class).content(actor, f.id)), Labels.nz(f.name));
                link.setId("evidence-download-" + f.id);
                link.getElement().setAttribute("download", true);
                return link;
            })).setHeader("文件").setFlexGrow(3);
            grid.addColumn(f -> type(f.mediaType)).setHeader("类型").setWidth("7em").setFlexGrow(0);
            grid.addColumn(f -> Uploads.size(f.size)).setHeader("大小").setWidth("7em").setFlexGrow(0);
            grid.addColumn(new ComponentRenderer<Component, FileDTO>(f -> {
                Span hash = new Span(f.sha256 == null ? "" : f.sha256.substring(0, Math.min(12, f.sha256.length())) + "…");
                hash.setId("evidence-hash-" + f.id);
                hash.getElement().setAttribute("title", "SHA-256 " + Labels.nz(f.sha256));
                hash.getStyle().set("font-family", "monospace");
                return hash;
            })).setHeader("SHA-256").setWidth("10em").setFlexGrow(0);
            grid.addColumn(f -> who(f.uploadedBy, f.uploadedAt)).setHeader("上传").setFlexGrow(2);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(files);
            box.add(grid);
        }
        if (sendingSide(t)) {
            Span refusal = new Span();
            refusal.setId("evidence-refusal");
            refusal.getStyle().set("color", "var(--lumo-error-text-color)");
            Upload upload = Uploads.upload("evidence-upload", (name, bytes) -> store(t, name, bytes, refusal));
            Span hint = new Span("PDF、JPEG、PNG、纯文本或 Word/Excel 文档，每个不超过 10 MB（按文件内容识别类型）；"
                    + "接收的公安机关" + (t.coordinator == null ? "" : "和协调办理的公安机关") + "可查阅。");
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            box.add(upload, hint, refusal);
        }
        return Forms.section("证据材料", box);
    }

    private void store(TransferDTO t, String name, byte[] bytes, Span refusal) {
        refusal.setText("");
        List<String> readers = new ArrayList<>();
        readers.add(t.toUnit);
        if (t.coordinator != null && !t.coordinator.equals(t.toUnit)) {
            readers.add(t.coordinator);
        }
        Feedback.call(() -> services.get(FileService.class).store(actor, "transfer", t.id, t.fromUnit, readers, name, bytes),
                Map.<String, HasValidation>of(), refused -> refusal.setText("“" + Labels.nz(name) + "” 未上传："
                        + refused.getMessage())).ifPresent(f -> {
                            Feedback.info("已上传证据材料：" + f.name);
                            reload();
                        });
    }

    private static String type(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG 图片";
            case "image/png" -> "PNG 图片";
            case "text/plain" -> "纯文本";
            default -> mediaType.contains("wordprocessingml") ? "Word 文档"
                    : mediaType.contains("spreadsheetml") ? "Excel 表格" : mediaType;
        };
    }

    /** The steps of the receiving public security: 受理, then 记录处理结果. */
    private Component receiving(TransferDTO t) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if ("SENT".equals(t.status)) {
            Button accept = new Button("受理", e -> act(Map.of(), () -> services.get(TransferService.class).accept(actor, transfer.id),
                    "已受理"));
            accept.setId("accept-transfer");
            box.add(Forms.section("受理（记录受理人和受理时间）", new Span("接收的公安机关收到移送的案件后登记受理。"), accept));
        }
        if ("ACCEPTED".equals(t.status)) {
            ComboBox<String> outcome = new ComboBox<>("处理结果");
            outcome.setId("conclude-outcome");
            outcome.setItems(TransferLabels.TRANSFER_OUTCOMES.keySet());
            outcome.setItemLabelGenerator(o -> Labels.label(TransferLabels.TRANSFER_OUTCOMES, o));
            outcome.setRequired(true);
            TextArea note = new TextArea("说明");
            note.setId("conclude-note");
            note.setMaxLength(4000);
            note.setMinHeight("4em");
            note.setRequired(true);
            note.setPlaceholder("如：立案决定书文号；不予立案或退回补充的理由");
            outcome.setManualValidation(true);
            note.setManualValidation(true);
            FormLayout form = Forms.twoColumns();
            form.add(outcome);
            form.add(note, 2);
            Button conclude = new Button("记录处理结果", e -> act(Forms.fields("outcome", outcome, "note", note),
                    () -> services.get(TransferService.class).conclude(actor, transfer.id, outcome.getValue(),
                            Labels.blankToNull(note.getValue())), "已记录处理结果"));
            conclude.setId("conclude-transfer");
            box.add(Forms.section("记录处理结果", form, conclude));
        }
        return box;
    }

    /** 信息共享 with the procuratorate or a court: the list, and the form for either side. */
    private Component shares(TransferDTO t) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (t.shares != null && !t.shares.isEmpty()) {
            Grid<ShareDTO> grid = new Grid<>();
            grid.setId("transfer-shares");
            grid.addColumn(s -> Labels.label(TransferLabels.SHARE_PARTIES, s.party)).setHeader("共享对象").setWidth("7em")
                    .setFlexGrow(0);
            grid.addColumn(s -> Labels.nz(s.date)).setHeader("日期").setWidth("8em").setFlexGrow(0);
            grid.addColumn(s -> Labels.nz(s.content)).setHeader("共享内容").setFlexGrow(3);
            grid.addColumn(s -> Labels.nz(s.recordedBy)).setHeader("登记人").setWidth("8em").setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(t.shares);
            box.add(grid);
        } else {
            Span none = new Span("暂无信息共享记录");
            none.setId("transfer-shares-empty");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            box.add(none);
        }
        if (!sendingSide(t) && !receivingSide(t)) {
            return Forms.section("信息共享（检察院、法院）", box);
        }
        ComboBox<String> party = new ComboBox<>("共享对象");
        party.setId("share-party");
        party.setItems(TransferLabels.SHARE_PARTIES.keySet());
        party.setItemLabelGenerator(p -> Labels.label(TransferLabels.SHARE_PARTIES, p));
        DatePicker date = Labels.datePicker("日期", "share-date");
        date.setValue(Labels.today());
        date.setMax(Labels.today());
        TextArea content = new TextArea("共享内容");
        content.setId("share-content");
        content.setMaxLength(4000);
        content.setMinHeight("3em");
        party.setManualValidation(true);
        date.setManualValidation(true);
        content.setManualValidation(true);
        FormLayout form = Forms.twoColumns();
        form.add(party, date);
        form.add(content, 2);
        box.add(form);
        Button share = new Button("信息共享", e -> {
            ShareDTO s = new ShareDTO();
            s.party = party.getValue();
            s.date = Labels.iso(date.getValue());
            s.content = Labels.blankToNull(content.getValue());
            act(Forms.fields("party", party, "date", date, "content", content),
                    () -> services.get(TransferService.class).share(actor, transfer.id, s), "已登记信息共享");
        });
        share.setId("share-transfer");
        return Forms.section("信息共享（检察院、法院）", box, share);
    }

    private void reload() {
        Feedback.call(() -> services.get(TransferService.class).get(actor, transfer.id)).ifPresent(updated -> {
            show(updated);
            onChanged.run();
        });
    }

    /** Runs an action; on success tells the user, shows the transfer afresh and refreshes the list. */
    private void act(Map<String, HasValidation> fields, Supplier<TransferDTO> action, String done) {
        fields.values().forEach(f -> f.setInvalid(false));
        Feedback.call(action, fields).ifPresent(updated -> {
            Feedback.info(done);
            show(updated);
            onChanged.run();
        });
    }
}
