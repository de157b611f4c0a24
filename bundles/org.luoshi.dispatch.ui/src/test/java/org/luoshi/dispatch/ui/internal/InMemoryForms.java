package org.luoshi.dispatch.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.form.FormTableDTO;
import org.luoshi.api.form.FormValueDTO;
import org.luoshi.api.form.FormValues;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.lists.ui.internal.InMemoryHazards;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * Report forms on the cycle of {@link InMemoryReporting} (when it was given {@link #form()}), with the rules of the real
 * service: computed figures counted from the in-memory hazard list over the period's figure window and the table's
 * scope unit (with a drill-down query naming the same filters), every typed value required and checked by type (COUNT
 * a whole number, AMOUNT at most 4 decimals, YESNO 是/否, TEXT at most 2000 characters; errors keyed by the field's key
 * under the summary “报表有 N 项填写有误”), computed values never taken from the caller, one submission per unit, table
 * and period; the collecting office sees every reporter's tables. Attachments (FILE fields) are stored in {@link #files}
 * (when a test gives one) for the reporting unit, readable by the collecting office, and a submitted FILE value must
 * name such a file of the unit.
 */
public final class InMemoryForms implements FormService {
    public static final String JURISDICTION = "shuozhou";
    public static final String TITLE = "朔州市安全生产工作月度调度表";

    private final JurisdictionRegistry registry;
    private final InMemoryReporting reporting;
    private final InMemoryHazards hazards;
    public final List<FormReportDTO> reports = new ArrayList<>();
    /** Drafts (暂存) by period|unit|table: the values as typed. */
    public final Map<String, Map<String, String>> drafts = new LinkedHashMap<>();
    private long ids;
    /** The file store of attachments; without one, uploads are refused as the real service refuses them. */
    public volatile FileService files;

    public InMemoryForms(JurisdictionRegistry registry, InMemoryReporting reporting, InMemoryHazards hazards) {
        this.registry = registry;
        this.reporting = reporting;
        this.hazards = hazards;
    }

    /** The test form: two computed figures, a count, an item split into 次 and 万元, a yes/no, a text and an attachment. */
    public static FormDTO form() {
        FormDTO f = new FormDTO();
        f.id = "monthly";
        f.title = TITLE;
        FormTableDTO own = new FormTableDTO();
        own.id = "section";
        own.name = "本单位";
        FormTableDTO sector = new FormTableDTO();
        sector.id = "sector";
        sector.name = "所属行业领域";
        // the development commission's sector: the records of 朔城区
        sector.scopes.put("shanxi.shuozhou.fgw", "shanxi.shuozhou.shuocheng");
        f.tables.add(own);
        f.tables.add(sector);
        f.fields.add(field("A1", "总体情况", 1, "企业自查发现的重大事故隐患(个)", null, "个", FormFieldDTO.COUNT,
                "hazards?source=SELF_REPORT&major=true"));
        f.fields.add(field("A2", "总体情况", 2, "企业自查发现重大事故隐患中已完成整改的(个)", null, "个", FormFieldDTO.COUNT,
                "hazards?source=SELF_REPORT&major=true&rectified=true"));
        f.fields.add(field("B1", "对企业自查自改进行抽查检查情况", 1, "抽查检查的企业总数(家)", null, "家", FormFieldDTO.COUNT, null));
        f.fields.add(field("C1.times", "部门精准严格执法情况", 1, "行政处罚(次,万元)", "次", "次", FormFieldDTO.COUNT, null));
        f.fields.add(field("C1.amount", "部门精准严格执法情况", 1, "行政处罚(次,万元)", "万元", "万元", FormFieldDTO.AMOUNT, null));
        f.fields.add(field("D1", "组织领导情况", 1, "是否在本级主流媒体播放安全生产专题栏目", null, null, FormFieldDTO.YESNO, null));
        f.fields.add(field("D2", "组织领导情况", 2, "存在的主要问题", null, null, FormFieldDTO.TEXT, null));
        f.fields.add(field("E1", "附件", 1, "行动情况报表", null, null, FormFieldDTO.FILE, null));
        f.notes.add("1. 每月 28 日前上报截至当月 28 日的累计情况。");
        f.notes.add("2. 各单位分别汇总统计报送本单位和所属行业领域有关情况（报送两张表）。");
        return f;
    }

    private static FormFieldDTO field(String key, String block, int no, String label, String part, String measure,
            String type, String figure) {
        FormFieldDTO f = new FormFieldDTO();
        f.key = key;
        f.block = block;
        f.no = no;
        f.label = label;
        f.part = part;
        f.measure = measure;
        f.type = type;
        f.figure = figure;
        return f;
    }

    private CycleDTO cycle(String jurisdiction, String cycleId) {
        CycleDTO c = reporting.cycles(null, jurisdiction).stream().filter(x -> x.id.equals(cycleId)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 没有报送周期 “" + cycleId + "”"));
        if (c.form == null) {
            throw LuoshiException.notFound("报送周期 “" + c.name + "” 没有调度表");
        }
        return c;
    }

    @Override
    public FormDTO form(Actor actor, String jurisdiction, String cycleId) {
        return cycle(jurisdiction, cycleId).form;
    }

    private FormTableDTO table(CycleDTO c, String table) {
        return c.form.tables.stream().filter(t -> t.id.equals(table)).findFirst()
                .orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID, "调度表没有 “" + table + "” 表",
                        Map.of("table", "未知的表")));
    }

    private void checkUnit(Actor actor, CycleDTO c, String unit, boolean toWrite) {
        if (unit == null || !c.reporters.contains(unit)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "单位 “" + name(unit) + "” 不是 “" + c.name + "” 的报送单位",
                    Map.of("unit", "不是报送单位"));
        }
        if (!actor.canSee(unit) && (toWrite || !actor.canSee(c.receiver))) {
            throw LuoshiException.forbidden("无权查看或填报 “" + name(unit) + "” 的调度表");
        }
    }

    @Override
    public synchronized FormReportDTO prepare(Actor actor, String jurisdiction, String cycleId, int periodIndex,
            String unit, String table) {
        CycleDTO c = cycle(jurisdiction, cycleId);
        FormTableDTO t = table(c, table);
        checkUnit(actor, c, unit, false);
        PeriodDTO p = reporting.period(periodIndex);
        FormReportDTO stored = find(periodIndex, unit, table);
        if (stored != null) {
            return copy(stored);
        }
        FormReportDTO r = open(jurisdiction, c, p, unit, t);
        Map<String, String> draft = drafts.getOrDefault(periodIndex + "|" + unit + "|" + table, Map.of());
        for (FormFieldDTO f : c.form.fields) {
            r.values.add(f.computed() ? figure(r, f) : new FormValueDTO(f.key, draft.get(f.key)));
        }
        if (!draft.isEmpty()) {
            r.draftSavedBy = "draft";
            r.draftSavedAt = OffsetDateTime.now(InMemoryServices.ZONE).toString();
        }
        return r;
    }

    /** As the real one in what the view relies on: the values kept as typed, shown by prepare, ended by submitting. */
    @Override
    public synchronized FormReportDTO saveDraft(Actor actor, FormReportDTO in) {
        CycleDTO c = cycle(in.jurisdiction, in.cycleId);
        checkUnit(actor, c, in.unit, true);
        if (find(in.periodIndex, in.unit, in.table) != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该表已提交，不能暂存；如需修改请“更正”");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        in.values.forEach(v -> {
            if (v.value != null && !v.value.isBlank()) {
                kept.put(v.key, v.value);
            }
        });
        drafts.put(in.periodIndex + "|" + in.unit + "|" + in.table, kept);
        return prepare(actor, in.jurisdiction, in.cycleId, in.periodIndex, in.unit, in.table);
    }

    /** As the real one: a reporter's upload for a FILE field, the unit's file readable by the collecting office. */
    @Override
    public synchronized FileDTO attach(Actor actor, String jurisdiction, String cycleId, String unit, String fieldKey,
            String fileName, byte[] content) {
        CycleDTO c = cycle(jurisdiction, cycleId);
        checkUnit(actor, c, unit, true);
        FormFieldDTO f = c.form.fields.stream().filter(x -> x.key.equals(fieldKey)).findFirst().orElse(null);
        if (f == null || !FormFieldDTO.FILE.equals(f.type)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "报表中没有此附件项", Map.of("field", "此项不是附件"));
        }
        FileService store = files;
        if (store == null) {
            throw LuoshiException.unavailable("文件服务未运行");
        }
        return store.store(actor, ATTACHMENT, 0L, unit, c.receiver == null ? List.of() : List.of(c.receiver), fileName,
                content);
    }

    /** Why a FILE value names no attachment of the unit, or null (the real service's rule). */
    private String attachmentProblem(Actor actor, String unit, String value) {
        Long id = FormValues.fileId(value);
        if (id == null) {
            return "附件编号无效";
        }
        try {
            FileDTO f = files == null ? null : files.get(actor, id);
            return f != null && ATTACHMENT.equals(f.ownerType) && unit.equals(f.unit) ? null : "附件不存在或不属于本单位";
        } catch (LuoshiException e) {
            return "附件不存在或不属于本单位";
        }
    }

    /** Not used by the in-memory tests (the real service's corrections are tested in DispatchFormIT). */
    @Override
    public FormReportDTO correct(Actor actor, long id, FormReportDTO in, String reason) {
        throw LuoshiException.unavailable("更正不在内存测试的范围内");
    }

    private FormReportDTO open(String jurisdiction, CycleDTO c, PeriodDTO p, String unit, FormTableDTO t) {
        FormReportDTO r = new FormReportDTO();
        r.jurisdiction = jurisdiction;
        r.cycleId = c.id;
        r.periodIndex = p.index;
        r.periodLabel = p.label;
        r.figuresFrom = p.figuresFrom;
        r.cutOff = p.cutOff;
        r.due = p.due;
        r.unit = unit;
        r.unitName = name(unit);
        r.table = t.id;
        r.tableName = t.name;
        r.scope = t.scopes.getOrDefault(unit, unit);
        r.status = "OPEN";
        return r;
    }

    /** Counts a figure over the window and the scope, and names the same filters as the drill-down query. */
    private FormValueDTO figure(FormReportDTO r, FormFieldDTO f) {
        String filters = f.figure.substring(f.figure.indexOf('?') + 1);
        HazardQuery q = new HazardQuery();
        q.jurisdiction = r.jurisdiction;
        q.unit = r.scope;
        q.foundFrom = r.figuresFrom;
        q.foundTo = r.cutOff;
        StringBuilder drill = new StringBuilder("/api/hazards?jurisdiction=").append(enc(r.jurisdiction)).append("&unit=")
                .append(enc(r.scope));
        for (String pair : filters.split("&")) {
            String[] kv = pair.split("=", 2);
            switch (kv[0]) {
                case "source" -> {
                    q.source = HazardSource.valueOf(kv[1]);
                    drill.append("&source=").append(kv[1]);
                }
                case "major" -> {
                    q.major = Boolean.valueOf(kv[1]);
                    drill.append("&major=").append(kv[1]);
                }
                case "listed" -> {
                    q.listed = Boolean.valueOf(kv[1]);
                    drill.append("&listed=").append(kv[1]);
                }
                case "rectified" -> q.rectifiedBy = r.cutOff;
                default -> throw new IllegalArgumentException(pair);
            }
        }
        drill.append("&foundFrom=").append(r.figuresFrom).append("&foundTo=").append(r.cutOff);
        if (q.rectifiedBy != null) {
            drill.append("&rectifiedBy=").append(q.rectifiedBy);
        }
        q.limit = 1;
        long count = hazards.list(new Actor("system", List.of(r.scope), Set.of()), q).total;
        FormValueDTO v = new FormValueDTO(f.key, String.valueOf(count));
        v.computed = true;
        v.drillDown = drill.toString();
        return v;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized FormReportDTO submit(Actor actor, FormReportDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        CycleDTO c = cycle(in.jurisdiction, in.cycleId);
        FormTableDTO t = table(c, in.table);
        checkUnit(actor, c, in.unit, true);
        PeriodDTO p = reporting.period(in.periodIndex);
        if (find(in.periodIndex, in.unit, in.table) != null) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                    name(in.unit) + " 已提交 “" + p.label + "” 的 “" + t.name + "” 表，不能重复提交");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (FormValueDTO v : in.values == null ? List.<FormValueDTO>of() : in.values) {
            typed.put(v.key, v.value == null || v.value.isBlank() ? null : v.value.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        FormReportDTO r = open(in.jurisdiction, c, p, in.unit, t);
        for (FormFieldDTO f : c.form.fields) {
            if (f.computed()) {
                r.values.add(figure(r, f));
                continue;
            }
            String value = typed.get(f.key);
            String label = f.label + (f.part == null ? "" : "（" + f.part + "）");
            // the service's own rule for typed values (org.luoshi.api.form.FormValues), not a copy of it
            String problem = FormValues.problem(f, value);
            if (problem == null && FormFieldDTO.FILE.equals(f.type)) {
                problem = attachmentProblem(actor, in.unit, value);
            }
            if (problem != null) {
                errors.put(f.key, label + "：" + problem);
            } else {
                value = FormValues.canonical(f, value);
            }
            r.values.add(new FormValueDTO(f.key, value));
        }
        if (!errors.isEmpty()) {
            // like the real service: the summary names only how many; the messages are the field errors
            throw new LuoshiException(LuoshiException.Kind.INVALID, "报表有 " + errors.size() + " 项填写有误", errors);
        }
        OffsetDateTime now = OffsetDateTime.now(InMemoryServices.ZONE);
        r.id = ++ids;
        r.status = "SUBMITTED";
        r.submittedBy = actor.name();
        r.submittedAt = now.toString();
        r.late = now.isAfter(OffsetDateTime.parse(p.due));
        reports.add(r);
        drafts.remove(in.periodIndex + "|" + in.unit + "|" + in.table);
        return copy(r);
    }

    @Override
    public synchronized List<FormReportDTO> reports(Actor actor, String jurisdiction, String cycleId, int periodIndex) {
        CycleDTO c = cycle(jurisdiction, cycleId);
        return reports.stream().filter(r -> r.periodIndex == periodIndex)
                .filter(r -> actor.canSee(r.unit) || actor.canSee(c.receiver)).map(InMemoryForms::copy).toList();
    }

    @Override
    public synchronized FormReportDTO get(Actor actor, long id) {
        return reports.stream().filter(r -> r.id == id && actor.canSee(r.unit)).findFirst().map(InMemoryForms::copy)
                .orElseThrow(() -> LuoshiException.notFound("调度表 " + id + " 不存在或无权查看"));
    }

    private FormReportDTO find(int periodIndex, String unit, String table) {
        return reports.stream().filter(r -> r.periodIndex == periodIndex && r.unit.equals(unit) && r.table.equals(table))
                .findFirst().orElse(null);
    }

    private static FormReportDTO copy(FormReportDTO in) {
        FormReportDTO r = new FormReportDTO();
        r.id = in.id;
        r.jurisdiction = in.jurisdiction;
        r.cycleId = in.cycleId;
        r.periodIndex = in.periodIndex;
        r.periodLabel = in.periodLabel;
        r.figuresFrom = in.figuresFrom;
        r.cutOff = in.cutOff;
        r.due = in.due;
        r.unit = in.unit;
        r.unitName = in.unitName;
        r.table = in.table;
        r.tableName = in.tableName;
        r.scope = in.scope;
        r.status = in.status;
        r.submittedBy = in.submittedBy;
        r.submittedAt = in.submittedAt;
        r.late = in.late;
        for (FormValueDTO v : in.values) {
            FormValueDTO c = new FormValueDTO(v.key, v.value);
            c.computed = v.computed;
            c.drillDown = v.drillDown;
            r.values.add(c);
        }
        return r;
    }

    private String name(String unit) {
        return unit == null ? "" : registry.unit(unit).map(u -> u.name).orElse(unit);
    }
}
