package org.luoshi.listing.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.NoticeDTO;
import org.luoshi.ui.kit.ExportButton;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;
import org.luoshi.ui.kit.Units;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Lists a major hazard of the hazard list (挂牌督办): the hazard, the departments supervising its unit, the listing unit
 * ("谁监管、谁挂牌"), the rectifying side, the deadline, and the listing notice (挂牌督办通知书) with its content items.
 * The service decides whether the listing unit fits the rule; its refusal is shown with the reason.
 */
final class ListingForm extends Dialog {
    static final String DEFAULT_PROCEDURE = "整改完成后，整改责任单位出具书面整改报告，报挂牌督办单位复查验收；"
            + "验收合格的，由挂牌督办单位摘牌销号。";
    private static final List<String> GOVERNMENT_KINDS = List.of("province", "city", "county", "town");
    private static final long serialVersionUID = 1L;

    private final Services services;
    private final Actor actor;
    private final SerializableConsumer<ListingDTO> onListed;
    private final UnitNames unitNames = new UnitNames();

    final ComboBox<HazardDTO> hazard = new ComboBox<>("重大事故隐患");
    final MultiSelectComboBox<UnitDTO> departments = new MultiSelectComboBox<>("监管部门");
    final ComboBox<UnitDTO> listingUnit = new ComboBox<>("挂牌督办单位");
    final TextField listingResponsible = new TextField("挂牌督办责任人（职务）");
    final ComboBox<UnitDTO> designatedBy = new ComboBox<>("指定单位（可选）");
    final TextField rectificationUnit = new TextField("整改单位");
    final TextField rectificationResponsible = new TextField("整改责任人（职务）");
    final DatePicker deadline = Labels.datePicker("整改时限", "listing-deadline");
    final Checkbox fixNow = new Checkbox("立即整改（立行立改，可直接报告整改完成）");
    final TextField noticeNumber = new TextField("文号");
    final TextArea noticeBasics = new TextArea("隐患基本情况");
    final DatePicker planDue = Labels.datePicker("整改方案报送期限", "notice-plan-due");
    final TextField reportCycle = new TextField("进展报告周期");
    final DatePicker completionDeadline = Labels.datePicker("整改完成期限", "notice-completion-deadline");
    final TextArea procedure = new TextArea("摘牌销号程序");
    final TextField contact = new TextField("联系人及联系方式");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private UnitDTO suggested;

    static void open(Services services, Actor actor, SerializableConsumer<ListingDTO> onListed) {
        if (services == null || actor == null) {
            return;
        }
        new ListingForm(services, actor, onListed).open();
    }

    private ListingForm(Services services, Actor actor, SerializableConsumer<ListingDTO> onListed) {
        this.services = services;
        this.actor = actor;
        this.onListed = onListed;
        unitNames.reset(services);
        setId("listing-form");
        setHeaderTitle("重大事故隐患挂牌督办");
        setWidth("min(60em, 95vw)");
        setCloseOnOutsideClick(false);
        Forms.askBeforeClosing(this);
        setDraggable(true);
        setResizable(true);
        configure();

        Paragraph rule = new Paragraph("谁监管、谁挂牌：由负责监管的部门挂牌督办；涉及多个部门的，由属地政府挂牌督办或指定牵头部门；"
                + "上级明确指定的，由指定单位挂牌督办。企业自查自报的重大事故隐患不再挂牌。");
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        FormLayout listing = Forms.twoColumns();
        listing.add(hazard, 2);
        listing.add(departments, 2);
        listing.add(listingUnit, listingResponsible, designatedBy, fixNow);
        listing.add(rectificationUnit, rectificationResponsible, deadline);
        FormLayout notice = Forms.twoColumns();
        notice.add(noticeNumber, contact);
        notice.add(noticeBasics, 2);
        notice.add(planDue, reportCycle, completionDeadline);
        notice.add(procedure, 2);
        add(rule, listing, new H4("挂牌督办通知书"), notice);

        loadHazards();

        Button save = new Button("挂牌督办", e -> save());
        save.setId("save-listing");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> close());
        cancel.setId("cancel-listing");
        getFooter().add(cancel, save);
    }

    private void configure() {
        hazard.setId("listing-hazard");
        hazard.setItemLabelGenerator(h -> Labels.nz(h.description) + "（" + unitNames.name(h.unit) + " · #" + h.id + "）");
        hazard.setPlaceholder("输入隐患描述中的文字查找");
        hazard.setRequiredIndicatorVisible(true);
        hazard.addValueChangeListener(e -> chosen(e.getValue()));
        departments.setId("listing-departments");
        departments.setItemLabelGenerator(u -> Labels.nz(u.name));
        departments.setPlaceholder("负责监管该单位的部门");
        departments.setRequiredIndicatorVisible(true);
        departments.addValueChangeListener(e -> suggestListingUnit(e.getValue()));
        listingUnit.setId("listing-unit");
        listingUnit.setItemLabelGenerator(u -> Labels.nz(u.name));
        listingUnit.setRequiredIndicatorVisible(true);
        listingResponsible.setId("listing-responsible");
        listingResponsible.setPlaceholder("如：分管副局长");
        listingResponsible.setRequiredIndicatorVisible(true);
        designatedBy.setId("listing-designated-by");
        designatedBy.setItemLabelGenerator(u -> Labels.nz(u.name));
        designatedBy.setClearButtonVisible(true);
        designatedBy.setHelperText("属地政府指定牵头部门或上级指定挂牌单位时填写");
        rectificationUnit.setId("listing-rectification-unit");
        rectificationUnit.setRequiredIndicatorVisible(true);
        rectificationResponsible.setId("listing-rectification-responsible");
        rectificationResponsible.setRequiredIndicatorVisible(true);
        deadline.setRequiredIndicatorVisible(true);
        deadline.setMin(Labels.today());
        deadline.addValueChangeListener(e -> {
            if (completionDeadline.getValue() == null || Objects.equals(completionDeadline.getValue(), e.getOldValue())) {
                completionDeadline.setValue(e.getValue());
            }
        });
        fixNow.setId("listing-fix-now");
        noticeNumber.setId("notice-number");
        noticeNumber.setPlaceholder("如：朔安办督〔2026〕3号");
        noticeBasics.setId("notice-basics");
        noticeBasics.setMinHeight("5em");
        noticeBasics.setRequiredIndicatorVisible(true);
        planDue.setRequiredIndicatorVisible(true);
        reportCycle.setId("notice-report-cycle");
        reportCycle.setPlaceholder("如：每周四12时前报告整改进展");
        reportCycle.setHelperText("不填写的，采用本辖区模块配置中的默认要求；未设默认要求的必须填写");
        completionDeadline.setRequiredIndicatorVisible(true);
        procedure.setId("notice-procedure");
        procedure.setValue(DEFAULT_PROCEDURE);
        procedure.setRequiredIndicatorVisible(true);
        contact.setId("notice-contact");
        contact.setPlaceholder("如：督查科科长 0349-1234567");
        contact.setRequiredIndicatorVisible(true);

        fields.put("hazardId", hazard);
        fields.put("supervisingDepartments", departments);
        fields.put("listingUnit", listingUnit);
        fields.put("listingResponsible", listingResponsible);
        fields.put("designatedBy", designatedBy);
        fields.put("rectificationUnit", rectificationUnit);
        fields.put("rectificationResponsible", rectificationResponsible);
        fields.put("deadline", deadline);
        fields.put("notice.number", noticeNumber);
        fields.put("notice.hazardBasics", noticeBasics);
        fields.put("notice.planDueDate", planDue);
        fields.put("notice.reportCycle", reportCycle);
        fields.put("notice.completionDeadline", completionDeadline);
        fields.put("notice.delistingProcedure", procedure);
        fields.put("notice.contact", contact);
        // the service decides what is invalid (on save), not the components' own checks
        hazard.setManualValidation(true);
        departments.setManualValidation(true);
        listingUnit.setManualValidation(true);
        listingResponsible.setManualValidation(true);
        designatedBy.setManualValidation(true);
        rectificationUnit.setManualValidation(true);
        rectificationResponsible.setManualValidation(true);
        deadline.setManualValidation(true);
        noticeNumber.setManualValidation(true);
        noticeBasics.setManualValidation(true);
        planDue.setManualValidation(true);
        reportCycle.setManualValidation(true);
        completionDeadline.setManualValidation(true);
        procedure.setManualValidation(true);
        contact.setManualValidation(true);
    }

    /** The caller's major hazards not listed yet, newest first (up to {@link ExportButton#MAX_ROWS}). */
    private void loadHazards() {
        List<HazardDTO> major = Feedback.call(() -> ExportButton.rows((offset, limit) -> {
            HazardQuery q = new HazardQuery();
            q.major = Boolean.TRUE;
            q.offset = offset;
            q.limit = limit;
            return services.get(HazardService.class).list(actor, q).items;
        })).orElse(List.of());
        List<HazardDTO> open = major.stream().filter(h -> !Boolean.TRUE.equals(h.listed)).toList();
        hazard.setItems(open);
        if (open.isEmpty()) {
            hazard.setHelperText("没有可挂牌的重大事故隐患：请先在问题隐患整改清单中登记（是否为重大事故隐患：是）");
        }
    }

    /** A hazard was chosen: offer its jurisdiction's units and fill in what the hazard record already says. */
    private void chosen(HazardDTO h) {
        suggested = null;
        departments.clear();
        listingUnit.clear();
        designatedBy.clear();
        if (h == null) {
            departments.setItems(List.of());
            listingUnit.setItems(List.of());
            designatedBy.setItems(List.of());
            return;
        }
        List<UnitDTO> units = unitsAtAndAbove(services, h.jurisdiction);
        departments.setItems(units.stream().filter(u -> "department".equals(u.kind)).toList());
        listingUnit.setItems(units);
        designatedBy.setItems(units);
        rectificationUnit.setValue(Labels.nz(h.rectificationUnit));
        rectificationResponsible.setValue(Labels.nz(h.rectificationResponsible));
        LocalDate due = Labels.date(h.deadline);
        deadline.setValue(due != null && !due.isBefore(Labels.today()) ? due : null);
        completionDeadline.setValue(deadline.getValue());
        LocalDate planBy = Labels.today().plusDays(7);
        planDue.setValue(deadline.getValue() != null && deadline.getValue().isBefore(planBy) ? deadline.getValue() : planBy);
        noticeBasics.setValue(Labels.nz(h.description));
    }

    /** Units of the jurisdiction and of every jurisdiction above it (a higher level may list or designate). */
    static List<UnitDTO> unitsAtAndAbove(Services services, String jurisdictionId) {
        List<UnitDTO> units = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String id = jurisdictionId;
        while (id != null && seen.add(id)) {
            String current = id;
            units.addAll(Feedback.call(() -> services.jurisdictions().units(current)).flatMap(u -> u).orElse(List.of()));
            id = Feedback.call(() -> services.jurisdictions().jurisdiction(current)).flatMap(j -> j)
                    .map(j -> j.parent).orElse(null);
        }
        // the hazard's own jurisdiction first, then the levels above, each in its plugin's order
        Map<String, UnitDTO> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.putIfAbsent(u.id, u));
        return new ArrayList<>(byId.values());
    }

    /** One department lists itself; several: the local government (it may designate a lead instead). */
    private void suggestListingUnit(Set<UnitDTO> chosen) {
        UnitDTO suggestion = null;
        if (chosen.size() == 1) {
            suggestion = chosen.iterator().next();
        } else if (chosen.size() > 1 && hazard.getValue() != null) {
            suggestion = localGovernment(hazard.getValue().unit).orElse(null);
        }
        if (listingUnit.getValue() == null || listingUnit.getValue() == suggested) {
            listingUnit.setValue(suggestion);
        }
        suggested = suggestion;
    }

    /** The nearest government-level unit (province, city, county, town) at or above a unit, among the offered ones. */
    private Optional<UnitDTO> localGovernment(String unitId) {
        List<UnitDTO> offered = listingUnit.getListDataView().getItems().toList();
        String id = unitId;
        while (id != null) {
            String current = id;
            Optional<UnitDTO> u = offered.stream().filter(x -> current.equals(x.id)).findFirst();
            if (u.isPresent() && GOVERNMENT_KINDS.contains(u.get().kind)) {
                return u;
            }
            int dot = id.lastIndexOf('.');
            id = dot < 0 ? null : id.substring(0, dot);
        }
        return Optional.empty();
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        HazardDTO h = hazard.getValue();
        if (h == null) {
            hazard.setErrorMessage("请选择要挂牌督办的重大事故隐患");
            hazard.setInvalid(true);
            Feedback.error("请选择要挂牌督办的重大事故隐患");
            return;
        }
        ListingRequestDTO r = new ListingRequestDTO();
        r.hazardId = h.id;
        r.supervisingDepartments = new ArrayList<>(departments.getValue().stream().map(u -> u.id).toList());
        r.listingUnit = listingUnit.getValue() == null ? null : listingUnit.getValue().id;
        r.listingResponsible = Labels.blankToNull(listingResponsible.getValue());
        r.designatedBy = designatedBy.getValue() == null ? null : designatedBy.getValue().id;
        r.rectificationUnit = Labels.blankToNull(rectificationUnit.getValue());
        r.rectificationResponsible = Labels.blankToNull(rectificationResponsible.getValue());
        r.deadline = Labels.iso(deadline.getValue());
        r.fixNow = fixNow.getValue();
        NoticeDTO n = new NoticeDTO();
        n.number = Labels.blankToNull(noticeNumber.getValue());
        n.hazardBasics = Labels.blankToNull(noticeBasics.getValue());
        n.planDueDate = Labels.iso(planDue.getValue());
        n.reportCycle = Labels.blankToNull(reportCycle.getValue());
        n.completionDeadline = Labels.iso(completionDeadline.getValue());
        n.delistingProcedure = Labels.blankToNull(procedure.getValue());
        n.contact = Labels.blankToNull(contact.getValue());
        r.notice = n;
        Feedback.call(() -> services.get(ListingService.class).list(actor, r), fields).ifPresent(created -> {
            Feedback.info("已挂牌督办（编号 " + created.id + "）");
            close();
            onListed.accept(created);
        });
    }
}
