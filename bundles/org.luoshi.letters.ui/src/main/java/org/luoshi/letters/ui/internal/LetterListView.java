package org.luoshi.letters.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.ui.kit.Choices;
import org.luoshi.ui.kit.DrillDown;
import org.luoshi.ui.kit.Feedback;
import org.luoshi.ui.kit.Labels;
import org.luoshi.ui.kit.PageBar;
import org.luoshi.ui.kit.SecuredView;
import org.luoshi.ui.kit.Services;
import org.luoshi.ui.kit.UnitNames;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;

/**
 * 提醒、提示、督办函 (mechanism 4): the letters a user's units issued or received in a jurisdiction, newest first (or
 * sorted by a column: 编号, 回复期限), 20, 50 or 100 a page, filtered by status, overdue and words; drafts for every
 * overdue task and hazard below the issuing unit
 * (生成待审草稿), a new letter (新建函件), a letter sent on paper before (补录已发函件), and per letter a dialog to edit
 * and send a draft, download it, sign for it, answer it or escalate it ({@link LetterDialog}).
 * <p>
 * The address may preset the jurisdiction and open a letter: {@code letters?jurisdiction=<id>&id=<letter id>}.
 */
@PageTitle("提醒提示督办函 · 落实")
public class LetterListView extends SecuredView {
    public static final String ROUTE = "letters";
    private static final long serialVersionUID = 1L;

    private final ComboBox<JurisdictionDTO> jurisdiction = new ComboBox<>("辖区");
    private final ComboBox<UnitDTO> issuer = new ComboBox<>("发函单位");
    private final ComboBox<String> status = new ComboBox<>("状态");
    private final Checkbox overdueOnly = new Checkbox("只看逾期未回复");
    private final TextField text = new TextField("关键词");
    private final Grid<LetterDTO> grid = new Grid<>();
    private final PageBar pager = new PageBar("letters-", this::load);
    /** The order asked for by a column header, over all the letters (not only the page); null: newest first. */
    private java.util.Comparator<LetterDTO> order;
    private final UnitNames names = new UnitNames();

    private Actor actor;
    private Services services;
    private boolean loading;
    private List<LetterDTO> all = List.of();

    public LetterListView() {
        setSizeFull();
        H2 title = new H2("提醒提示督办函");
        Button autoDrafts = new Button("生成待审草稿", e -> draftForOverdue());
        autoDrafts.setId("auto-drafts");
        autoDrafts.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        autoDrafts.setTooltipText("为发函单位以下逾期的重点工作任务和问题隐患各起草一份提醒函，审核修改后再发送");
        Button create = new Button("新建函件", e -> LetterDialog.openNew(services, actor, selectedJurisdiction(),
                issuer.getValue() == null ? null : issuer.getValue().id, false, this::reload));
        create.setId("new-letter");
        Button register = new Button("补录已发函件", e -> LetterDialog.openNew(services, actor, selectedJurisdiction(),
                issuer.getValue() == null ? null : issuer.getValue().id, true, this::reload));
        register.setId("register-letter");
        register.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        register.setTooltipText("登记使用平台前以纸质方式发出的函件，以便跟踪回复和后续编号");
        HorizontalLayout head = new HorizontalLayout(title, autoDrafts, create, register);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        jurisdiction.setId("letters-jurisdiction");
        jurisdiction.setItemLabelGenerator(j -> Labels.nz(j.name));
        jurisdiction.setWidth("12em");
        jurisdiction.addValueChangeListener(e -> {
            if (!loading) {
                fillIssuers(null);
                reload();
            }
        });
        issuer.setId("letters-issuer");
        issuer.setItemLabelGenerator(u -> Labels.nz(u.name));
        issuer.setWidth("18em");
        issuer.setHelperText("生成草稿和新建函件时以此单位名义发函");
        status.setId("letters-status");
        status.setItems(LetterLabels.LETTER_STATUSES.keySet());
        status.setItemLabelGenerator(s -> Labels.label(LetterLabels.LETTER_STATUSES, s));
        status.setClearButtonVisible(true);
        status.setPlaceholder("全部");
        status.setWidth("9em");
        status.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        overdueOnly.setId("letters-overdue");
        overdueOnly.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        text.setId("letters-text");
        text.setPlaceholder("文号、标题或正文中的文字");
        text.setClearButtonVisible(true);
        text.addKeyPressListener(Key.ENTER, e -> search());
        text.addValueChangeListener(e -> {
            if (!loading) {
                search();
            }
        });
        Button searchButton = new Button("查询", e -> reload());
        searchButton.setId("letters-search");
        FlexLayout filters = new FlexLayout(jurisdiction, issuer, status, text, overdueOnly, searchButton);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        filters.setWidthFull();

        grid.setId("letter-grid");
        grid.addColumn(l -> l.id == null ? "" : String.valueOf(l.id)).setHeader("编号").setWidth("5.5em").setFlexGrow(0)
                .setKey("id").setSortable(true).setComparator(KEEP);
        grid.addColumn(l -> Labels.nz(l.number)).setHeader("文号").setFlexGrow(2);
        grid.addColumn(l -> Labels.label(LetterLabels.LETTER_KINDS, l.kind)).setHeader("类型").setWidth("6em").setFlexGrow(0);
        grid.addColumn(l -> Labels.label(LetterLabels.LETTER_SITUATIONS, l.situation)).setHeader("适用情形").setFlexGrow(2);
        grid.addColumn(l -> Labels.nz(l.title)).setHeader("标题").setFlexGrow(3);
        grid.addColumn(l -> names.name(l.issuer)).setHeader("发函单位").setFlexGrow(2);
        grid.addColumn(l -> names.name(l.recipient)).setHeader("收函单位").setFlexGrow(2);
        grid.addColumn(l -> Labels.label(LetterLabels.LETTER_STATUSES, l.status)).setHeader("状态").setWidth("6em").setFlexGrow(0);
        grid.addColumn(l -> Labels.nz(l.responseDeadline)).setHeader("回复期限").setWidth("8em").setFlexGrow(0)
                .setKey("responseDeadline").setSortable(true).setComparator(KEEP);
        grid.addColumn(LitRenderer.<LetterDTO>of(
                "<span style=\"color: var(--lumo-error-text-color); font-weight: 600\">${item.overdue}</span>")
                .withProperty("overdue", l -> l.overdue ? "逾期" : "")).setHeader("逾期").setWidth("5em").setFlexGrow(0);
        grid.addColumn(l -> l.nextKind == null ? "" : "可升级为" + Labels.label(LetterLabels.LETTER_KINDS, l.nextKind))
                .setHeader("升级").setWidth("8em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("没有符合条件的函件");
        // a header sorts all the letters under the filters, then the page is cut from them
        grid.addSortListener(e -> {
            order = e.getSortOrder().isEmpty() ? null : comparator(e.getSortOrder().get(0).getSorted().getKey(),
                    e.getSortOrder().get(0).getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING);
            search();
        });
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().id != null) {
                LetterDialog.open(services, actor, e.getItem().id, this::reload);
            }
        });

        add(head, filters, grid, pager);
        setFlexGrow(1, grid);
    }

    @Override
    protected void entered(Actor actor, Services services) {
        this.actor = actor;
        this.services = services;
        names.reset(services);
        String wanted = DrillDown.value(queryParameters(), DrillDown.JURISDICTION);
        if (wanted == null) {
            wanted = selectedJurisdiction();
        }
        String wantedIssuer = issuer.getValue() == null ? null : issuer.getValue().id;
        List<JurisdictionDTO> js = Feedback.call(services.jurisdictions()::jurisdictions).orElse(List.of());
        loading = true;
        try {
            jurisdiction.setItems(js);
            jurisdiction.setValue(Choices.jurisdiction(js, actor, wanted));
        } finally {
            loading = false;
        }
        fillIssuers(wantedIssuer);
        reload();
        Long open = DrillDown.recordId(queryParameters(), "函件编号");
        if (open != null) {
            LetterDialog.open(services, actor, open, this::reload);
        }
    }

    private String selectedJurisdiction() {
        return jurisdiction.getValue() == null ? null : jurisdiction.getValue().id;
    }

    /** The units the user may issue letters for: its own and those below, starting on its own unit. */
    private void fillIssuers(String wanted) {
        List<UnitDTO> own = Choices.ownUnits(services, actor, selectedJurisdiction());
        loading = true;
        try {
            issuer.setItems(own);
            // letters go out in the name of an issuing office (a unit with a 文号 prefix, e.g. 市安委办), the one nearest
            // the user; a city user is not 朔州市 itself on its letters
            issuer.setValue(own.stream().filter(u -> Objects.equals(u.id, wanted)).findFirst()
                    .or(() -> own.stream().filter(u -> u.letterPrefix != null && !u.letterPrefix.isBlank())
                            .min(java.util.Comparator.comparingInt((UnitDTO u) -> u.id.split("\\.").length)
                                    .thenComparing(u -> u.id)))
                    .orElseGet(() -> Choices.defaultUnit(own, actor, jurisdiction.getValue())));
        } finally {
            loading = false;
        }
    }

    /** 生成待审草稿: a 提醒函 for every overdue task and hazard below the issuing unit that has none yet. */
    private void draftForOverdue() {
        String j = selectedJurisdiction();
        UnitDTO from = issuer.getValue();
        if (j == null || from == null) {
            Feedback.error("请先选择辖区和发函单位");
            return;
        }
        Feedback.call(() -> services.get(LetterService.class).draftForOverdue(actor, j, from.id)).ifPresent(drafts -> {
            if (drafts.isEmpty()) {
                Feedback.info("没有需要发函的逾期任务或隐患（已发函的不再重复起草）");
            } else {
                Feedback.info("已生成 " + drafts.size() + " 份待审草稿，请逐份审核修改后发送");
            }
            loading = true;
            try {
                status.setValue("DRAFT");
            } finally {
                loading = false;
            }
            reload();
        });
    }

    /** Reads the letters afresh and shows the current page. */
    void reload() {
        String j = selectedJurisdiction();
        all = j == null || services == null ? List.of()
                : Feedback.call(() -> services.get(LetterService.class).list(actor, j)).orElse(List.of());
        load();
    }

    private void search() {
        pager.first();
        load();
    }

    /** The rows of a page stay in the order {@link #order} gave them (the grid's own sort would redo it on the page). */
    private static final com.vaadin.flow.function.SerializableComparator<LetterDTO> KEEP = (a, b) -> 0;

    /** A column's order; letters without a value (no deadline) last either way. */
    static java.util.Comparator<LetterDTO> comparator(String key, boolean descending) {
        java.util.Comparator<LetterDTO> c = "responseDeadline".equals(key)
                ? java.util.Comparator.comparing((LetterDTO l) -> l.responseDeadline,
                        descending ? java.util.Comparator.nullsLast(java.util.Comparator.<String>reverseOrder())
                                : java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
                : java.util.Comparator.comparing((LetterDTO l) -> l.id, java.util.Comparator.nullsLast(
                        descending ? java.util.Comparator.<Long>reverseOrder() : java.util.Comparator.<Long>naturalOrder()));
        return c.thenComparing(l -> l.id, java.util.Comparator.nullsLast(java.util.Comparator.<Long>reverseOrder()));
    }

    private List<LetterDTO> filtered() {
        String s = status.getValue();
        String words = Labels.blankToNull(text.getValue());
        String needle = words == null ? null : words.toLowerCase(Locale.ROOT);
        boolean overdue = overdueOnly.getValue();
        var rows = all.stream().filter(l -> s == null || s.equals(l.status)).filter(l -> !overdue || l.overdue)
                .filter(l -> needle == null || contains(l.number, needle) || contains(l.title, needle)
                        || contains(l.body, needle));
        return (order == null ? rows : rows.sorted(order)).toList();
    }

    private static boolean contains(String s, String needle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void load() {
        List<LetterDTO> rows = filtered();
        pager.fill(grid::setItems, () -> (long) rows.size(),
                (offset, limit) -> rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size())));
    }
}
