package org.luoshi.publicity.ui.internal;

import java.time.YearMonth;
import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.Dates;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Forms;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.People;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;

/**
 * 宣传曝光 (mechanism 7): the publications of a jurisdiction — typical cases, the monthly disclosure of major hazards,
 * exposures — 20 a page, filtered by kind and status; a new one is drafted (新建稿件) or the month's disclosure is drafted
 * from the hazard list (生成月度公开), then submitted, approved by a person other than its author who states the
 * redactions checked (only then is it on the public page), rejected with a reason, or withdrawn with a reason
 * ({@link PublicationDialog}). The second tab records warning education (警示教育) and lists it.
 * <p>
 * The address may preset the jurisdiction and open a publication: {@code publicity?jurisdiction=<id>&id=<id>}.
 */
@PageTitle("宣传曝光 · 落实")
public class PublicityView extends SecuredView {
    public static final String ROUTE = "publicity";
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<String> kind = new ComboBox<>("类型");
    private final ComboBox<String> status = new ComboBox<>("状态");
    private final Grid<PublicationDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("publications-", this::load);
    private final Grid<EducationDTO> educations = new Grid<>();
    private final PageBar educationPager = new PageBar("educations-", this::loadEducations);
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;

    public PublicityView() {
        setSizeFull();
        H2 title = new H2("宣传曝光");
        jurisdiction.setId("publicity-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                search();
                searchEducations();
            }
        });
        HorizontalLayout head = new HorizontalLayout(title, jurisdiction);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setHeightFull();
        Tab publications = tabs.add("发布审核", publicationsTab());
        publications.setId("tab-publications");
        Tab education = tabs.add("警示教育", educationsTab());
        education.setId("tab-educations");

        add(head, tabs);
        setFlexGrow(1, tabs);
    }

    private VerticalLayout publicationsTab() {
        Button create = new Button("新建稿件", e -> PublicationDialog.openNew(services, actor, jurisdiction.getValue(),
                this::search));
        create.setId("new-publication");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button disclosure = new Button("生成月度公开", e -> openDisclosure());
        disclosure.setId("draft-disclosure");
        disclosure.setTooltipText("按月公开本单位及下级单位的重大事故隐患清单、整改进展和结果（不含个人姓名），生成草稿后审核发布");

        kind.setId("publications-kind");
        kind.setItems(PublicityLabels.PUBLICATION_KINDS.keySet());
        kind.setItemLabelGenerator(k -> Labels.label(PublicityLabels.PUBLICATION_KINDS, k));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("全部");
        kind.setWidth("12em");
        kind.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        status.setId("publications-status");
        status.setItems(PublicityLabels.PUBLICATION_STATUSES.keySet());
        status.setItemLabelGenerator(s -> Labels.label(PublicityLabels.PUBLICATION_STATUSES, s));
        status.setClearButtonVisible(true);
        status.setPlaceholder("全部");
        status.setWidth("9em");
        status.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        FlexLayout filters = new FlexLayout(kind, status, create, disclosure);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("publication-grid");
        grid.addColumn(p -> p.id == null ? "" : String.valueOf(p.id)).setHeader("编号").setWidth("5em").setFlexGrow(0);
        grid.addColumn(p -> Labels.label(PublicityLabels.PUBLICATION_KINDS, p.kind)).setHeader("类型").setWidth("10em").setFlexGrow(0);
        grid.addColumn(p -> Labels.nz(p.title)).setHeader("标题").setFlexGrow(3);
        grid.addColumn(p -> names.name(p.unit)).setHeader("发布单位").setFlexGrow(2);
        grid.addColumn(p -> Labels.nz(p.month)).setHeader("月份").setWidth("6em").setFlexGrow(0);
        grid.addColumn(p -> p.sourceType == null ? "" : Labels.label(PublicityLabels.PUBLICATION_SOURCES, p.sourceType)
                + (p.sourceId == null ? "" : " #" + p.sourceId)).setHeader("来源").setFlexGrow(1);
        grid.addColumn(p -> Labels.label(PublicityLabels.PUBLICATION_STATUSES, p.status)).setHeader("状态").setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(p -> People.name(p.createdBy)).setHeader("起草人").setWidth("7em").setFlexGrow(0);
        grid.addColumn(p -> Dates.minutes(p.publishedAt)).setHeader("发布时间").setWidth("10em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                PublicationDialog.open(services, actor, e.getItem().id, this::load);
            }
        });
        grid.setEmptyStateText("没有符合条件的稿件");
        VerticalLayout tab = new VerticalLayout(filters, grid, pager);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.setFlexGrow(1, grid);
        return tab;
    }

    private VerticalLayout educationsTab() {
        Button record = new Button("登记警示教育", e -> EducationDialog.open(services, actor, jurisdiction.getValue(),
                this::searchEducations));
        record.setId("new-education");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        educations.setId("education-grid");
        educations.addColumn(x -> Labels.nz(x.date)).setHeader("日期").setWidth("8em").setFlexGrow(0);
        educations.addColumn(x -> Labels.label(PublicityLabels.EDUCATION_KINDS, x.kind)).setHeader("形式").setWidth("8em")
                .setFlexGrow(0);
        educations.addColumn(x -> Labels.nz(x.title)).setHeader("名称").setFlexGrow(3);
        educations.addColumn(x -> unitNames(x.organizers)).setHeader("组织单位").setFlexGrow(2);
        educations.addColumn(x -> unitNames(x.attendees)).setHeader("参加单位").setFlexGrow(2);
        educations.addColumn(x -> x.participants == null ? "" : String.valueOf(x.participants)).setHeader("人数")
                .setWidth("5em").setFlexGrow(0);
        educations.addColumn(x -> Labels.nz(x.note)).setHeader("备注").setFlexGrow(2);
        educations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        educations.setEmptyStateText("尚未登记警示教育");
        VerticalLayout tab = new VerticalLayout(record, educations, educationPager);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.setFlexGrow(1, educations);
        return tab;
    }

    private String unitNames(List<String> ids) {
        return ids == null ? "" : String.join("、", ids.stream().map(names::name).toList());
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        names.reset(services);
        String wanted = DrillDown.value(queryParameters(), DrillDown.JURISDICTION);
        if (wanted == null && jurisdiction.getValue() != null) {
            wanted = jurisdiction.getValue().id;
        }
        List<JurisdictionDTO> js = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            jurisdiction.setItems(js);
            jurisdiction.setValue(Choices.jurisdiction(js, actor, wanted));
        } finally {
            loading = false;
        }
        search();
        searchEducations();
        Long open = DrillDown.recordId(queryParameters(), "稿件编号");
        if (open != null) {
            PublicationDialog.open(services, actor, open, this::load);
        }
    }

    private void search() {
        pager.first();
        load();
    }

    /** The current page of publications under the filters, with the total. */
    private void load() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null || services == null) {
            pager.fill(grid::setItems, () -> 0L, (offset, limit) -> List.<PublicationDTO>of());
            return;
        }
        PublicityService publicity = services.get(PublicityService.class);
        String k = kind.getValue();
        String st = status.getValue();
        pager.fill(grid::setItems, () -> Feedback.call(() -> publicity.count(actor, j.id, k, st)).orElse(null),
                (offset, limit) -> Feedback.call(() -> publicity.list(actor, j.id, k, st, offset, limit)).orElse(List.of()));
    }

    private void searchEducations() {
        educationPager.first();
        loadEducations();
    }

    /** The current page of warning-education records, with the total. */
    private void loadEducations() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (j == null || services == null) {
            educationPager.fill(educations::setItems, () -> 0L, (offset, limit) -> List.<EducationDTO>of());
            return;
        }
        PublicityService publicity = services.get(PublicityService.class);
        educationPager.fill(educations::setItems,
                () -> Feedback.call(() -> publicity.countEducations(actor, j.id)).orElse(null),
                (offset, limit) -> Feedback.call(() -> publicity.educations(actor, j.id, offset, limit)).orElse(List.of()));
    }

    /** 生成月度公开: the unit (and its subtree) and the month; the draft opens for review. */
    private void openDisclosure() {
        JurisdictionDTO j = jurisdiction.getValue();
        if (services == null || actor == null) {
            return;
        }
        if (j == null) {
            Feedback.error("请先选择辖区");
            return;
        }
        List<UnitDTO> own = Choices.ownUnits(services, actor, j.id);
        Dialog d = new Dialog();
        d.setId("disclosure-dialog");
        d.setHeaderTitle("生成重大事故隐患月度公开");
        d.setWidth("min(36em, 94vw)");
        ComboBox<UnitDTO> unit = new ComboBox<>("公开单位（含下级单位）");
        unit.setId("disclosure-unit");
        unit.setItems(own);
        unit.setItemLabelGenerator(u -> Labels.nz(u.name));
        unit.setValue(Choices.defaultUnit(own, actor, j));
        unit.setManualValidation(true);
        TextField month = new TextField("月份");
        month.setId("disclosure-month");
        month.setValue(YearMonth.now(Labels.ZONE).toString());
        month.setPlaceholder("年-月，如 2026-06");
        month.setPattern("\\d{4}-\\d{2}");
        month.setManualValidation(true);
        FormLayout form = Forms.twoColumns();
        form.add(unit, month);
        Span hint = new Span("草稿列出该月发现或仍未整改完成的重大事故隐患及其整改进展和结果，不含个人姓名；请核对后提交审核。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button make = new Button("生成草稿", e -> {
            unit.setInvalid(false);
            month.setInvalid(false);
            String m = Labels.blankToNull(month.getValue());
            Feedback.call(() -> services.get(PublicityService.class).draftDisclosure(actor, unit.getValue() == null ? null
                    : unit.getValue().id, m), Forms.fields("unit", unit, "month", month)).ifPresent(draft -> {
                        Feedback.info("已生成月度公开草稿（编号 " + draft.id + "），请核对后提交审核");
                        d.close();
                        search();
                        if (draft.id != null) {
                            PublicationDialog.open(services, actor, draft.id, this::load);
                        }
                    });
        });
        make.setId("make-disclosure");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> d.close());
        cancel.setId("cancel-disclosure");
        d.add(form, hint);
        d.getFooter().add(cancel, make);
        d.open();
    }
}
