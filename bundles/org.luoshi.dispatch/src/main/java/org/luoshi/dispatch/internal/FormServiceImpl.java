package org.luoshi.dispatch.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.CycleEngine;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FigureSource;
import org.luoshi.api.form.FormCorrectionDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.form.FormTableDTO;
import org.luoshi.api.form.FormValueDTO;
import org.luoshi.api.form.FormValues;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.settings.ModuleSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Report forms as data: computed figures from the mechanisms' {@link FigureSource}s over the period's figure window
 * and the table's scope unit, typed values checked by type, attachments (FILE fields) uploaded through the file service
 * and checked to be the reporting unit's, one submission per unit, table and period, frozen.
 */
@Component(service = FormService.class)
public class FormServiceImpl implements FormService {
    private static final Logger LOG = LoggerFactory.getLogger(FormServiceImpl.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String OPEN = "OPEN";
    /** The longest value a draft keeps (as typed, unchecked). */
    static final int DRAFT_VALUE_MAX = 2000;
    static final String SUBMITTED = "SUBMITTED";
    /** The refusal of a FILE value that names no attachment of the reporting unit. */
    static final String NOT_AN_ATTACHMENT = "附件不存在或不属于本单位";
    static final String FILES_UNAVAILABLE = "文件服务未运行";

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final CycleEngine engine;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, FigureSource> sources = new ConcurrentHashMap<>();

    /** 模块配置: whether dispatch is enabled at a unit (writes refused where not); without it, everything is. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleSettings settings;

    /** The file store, for attachments (FILE fields); absent → uploads, and reports naming an attachment, are refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FileService files;

    @Activate
    public FormServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-dispatch)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference CycleEngine engine, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.engine = engine;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(FigureSource source, Map<String, Object> props) {
        Object name = props.get(FigureSource.PROPERTY);
        if (name != null) {
            sources.put(name.toString(), source);
        }
    }

    void removeSource(FigureSource source, Map<String, Object> props) {
        Object name = props.get(FigureSource.PROPERTY);
        if (name != null) {
            sources.remove(name.toString(), source);
        }
    }

    private CycleDTO cycle(String jurisdiction, String cycleId) {
        List<CycleDTO> cycles = jurisdictions.cycles(jurisdiction)
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装"));
        return cycles.stream().filter(c -> c.id.equals(cycleId)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 没有报送周期 “" + cycleId + "”"));
    }

    private CycleDTO formCycle(String jurisdiction, String cycleId) {
        CycleDTO c = cycle(jurisdiction, cycleId);
        if (c.form == null) {
            throw LuoshiException.notFound("报送周期 “" + c.name + "” 没有报表");
        }
        return c;
    }

    @Override
    public FormDTO form(Actor actor, String jurisdiction, String cycleId) {
        return formCycle(jurisdiction, cycleId).form;
    }

    private PeriodDTO period(CycleDTO c, int index) {
        LocalDate start = LocalDate.parse(c.start);
        for (PeriodDTO p : engine.periods(c, start, start.plusYears(20))) {
            if (p.index == index) {
                return p;
            }
        }
        throw LuoshiException.notFound("报送周期 “" + c.name + "” 没有第 " + index + " 期");
    }

    private static FormTableDTO table(CycleDTO c, String table) {
        return c.form.tables.stream().filter(t -> t.id.equals(table)).findFirst()
                .orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID, "报表没有 “" + table + "” 表，可选："
                        + c.form.tables.stream().map(t -> t.id + "（" + t.name + "）").toList(), Map.of("table", "未知的表")));
    }

    /** The reporter must be one of the cycle's; the caller its side or above, or the receiving office (to read). */
    private void checkReporter(Actor actor, CycleDTO c, String unit, boolean toWrite) {
        if (unit == null || !c.reporters.contains(unit)) {
            // an unknown unit is not repeated (it is the caller's input, possibly hostile)
            String known = unit == null ? null : jurisdictions.unit(unit).map(x -> x.name).orElse(null);
            throw new LuoshiException(LuoshiException.Kind.INVALID, (known == null ? "该单位" : "单位 “" + known + "” ")
                    + "不在 “" + c.name + "” 的报送单位之列", Map.of("unit", "不是报送单位"));
        }
        if (!actor.canSee(unit) && (toWrite || !actor.canSee(c.receiver))) {
            throw LuoshiException.forbidden(toWrite ? "无权以 “" + name(unit) + "” 的名义报送"
                    : "无权查看 “" + name(unit) + "” 的报表");
        }
    }

    @Override
    public FormReportDTO prepare(Actor actor, String jurisdiction, String cycleId, int periodIndex, String unit,
            String table) {
        CycleDTO c = formCycle(jurisdiction, cycleId);
        checkReporter(actor, c, unit, false);
        FormTableDTO t = table(c, table);
        PeriodDTO p = period(c, periodIndex);
        FormReportEntity stored = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT r FROM FormReportEntity r WHERE r.jurisdiction = ?1 AND r.cycleId = ?2 AND r.periodIndex = ?3 "
                        + "AND r.unit = ?4 AND r.table = ?5", FormReportEntity.class).setParameter(1, jurisdiction)
                .setParameter(2, cycleId).setParameter(3, periodIndex).setParameter(4, unit).setParameter(5, table)
                .getResultList().stream().findFirst().orElse(null));
        if (stored != null) {
            return toDto(c, stored, p);
        }
        FormReportDTO out = header(jurisdiction, c, p, unit, t);
        out.status = OPEN;
        Map<String, Long> figures = compute(c, out);
        FormDraftEntity draft = jpa.txExpr(TransactionType.Required,
                em -> em.find(FormDraftEntity.class, FormDraftEntity.key(jurisdiction, cycleId, periodIndex, unit, table)));
        Map<String, String> drafted = draft == null ? Map.of() : read(draft.valuesJson);
        if (draft != null) {
            out.draftSavedBy = draft.savedBy;
            out.draftSavedAt = draft.savedAt.atZone(ZONE).toOffsetDateTime().toString();
        }
        for (FormFieldDTO f : c.form.fields) {
            FormValueDTO v = new FormValueDTO(f.key, f.computed() ? null : drafted.get(f.key));
            if (f.computed()) {
                v.computed = true;
                v.value = String.valueOf(figures.get(f.key));
                v.drillDown = drillDown(jurisdiction, out, f);
            }
            out.values.add(v);
        }
        return out;
    }

    private FormReportDTO header(String jurisdiction, CycleDTO c, PeriodDTO p, String unit, FormTableDTO t) {
        FormReportDTO out = new FormReportDTO();
        out.jurisdiction = jurisdiction;
        out.cycleId = c.id;
        out.periodIndex = p.index;
        out.periodLabel = p.label;
        out.figuresFrom = p.figuresFrom;
        out.cutOff = p.cutOff;
        out.due = p.due;
        out.unit = unit;
        out.unitName = name(unit);
        out.table = t.id;
        out.tableName = t.name;
        out.scope = t.scopes.getOrDefault(unit, unit);
        return out;
    }

    /** Every computed field of the form, grouped by source so each source counts in one pass. */
    private Map<String, Long> compute(CycleDTO c, FormReportDTO r) {
        Map<String, Map<String, String>> bySource = new LinkedHashMap<>();
        for (FormFieldDTO f : c.form.fields) {
            if (f.computed()) {
                int q = f.figure.indexOf('?');
                String source = q < 0 ? f.figure : f.figure.substring(0, q);
                bySource.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(f.key, q < 0 ? "" : f.figure.substring(q + 1));
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        LocalDate from = LocalDate.parse(r.figuresFrom);
        LocalDate to = LocalDate.parse(r.cutOff);
        for (Map.Entry<String, Map<String, String>> e : bySource.entrySet()) {
            FigureSource source = sources.get(e.getKey());
            if (source == null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "统计来源 “" + e.getKey()
                        + "” 暂不可用，报表中的自动统计项无法计算，请稍后再试");
            }
            try {
                out.putAll(source.count(r.jurisdiction, r.scope, from, to, e.getValue()));
            } catch (IllegalArgumentException ex) {
                LOG.warn("form {} of cycle {}: {}", c.form.id, c.id, ex.getMessage());
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "报表定义有误，无法计算：" + ex.getMessage());
            }
        }
        return out;
    }

    private String drillDown(String jurisdiction, FormReportDTO r, FormFieldDTO f) {
        int q = f.figure.indexOf('?');
        FigureSource source = sources.get(q < 0 ? f.figure : f.figure.substring(0, q));
        if (source == null) {
            return null;
        }
        return source.drillDown(r.jurisdiction, r.scope, LocalDate.parse(r.figuresFrom), LocalDate.parse(r.cutOff),
                q < 0 ? "" : f.figure.substring(q + 1));
    }

    @Override
    public FormReportDTO submit(Actor actor, FormReportDTO in) {
        if (in == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请提交报表内容", Map.of("values", "缺少内容"));
        }
        CycleDTO c = formCycle(in.jurisdiction, in.cycleId);
        checkReporter(actor, c, in.unit, true);
        FormTableDTO t = table(c, in.table);
        PeriodDTO p = period(c, in.periodIndex);
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        if (now.toLocalDate().isBefore(LocalDate.parse(p.periodStart))) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "“" + p.label + "” 尚未开始，不能报送");
        }
        Map<String, String> values = checked(actor, c, in.unit, typed(in));
        FormReportDTO head = header(in.jurisdiction, c, p, in.unit, t);
        Map<String, Long> figures = compute(c, head);
        figures.forEach((k, v) -> values.put(k, String.valueOf(v)));
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                in.unit);
        String jur = in.jurisdiction;
        return jpa.txExpr(TransactionType.Required, em -> {
            long existing = em.createQuery("SELECT COUNT(r) FROM FormReportEntity r WHERE r.jurisdiction = ?1 AND "
                    + "r.cycleId = ?2 AND r.periodIndex = ?3 AND r.unit = ?4 AND r.table = ?5", Long.class)
                    .setParameter(1, jur).setParameter(2, c.id).setParameter(3, p.index).setParameter(4, in.unit)
                    .setParameter(5, t.id).getSingleResult();
            if (existing > 0) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, name(in.unit) + " 已报送 “" + p.label + "” 的"
                        + t.name + "表");
            }
            FormReportEntity e = new FormReportEntity();
            e.jurisdiction = jur;
            e.cycleId = c.id;
            e.periodIndex = p.index;
            e.unit = in.unit;
            e.table = t.id;
            e.scope = head.scope;
            e.figuresFrom = LocalDate.parse(p.figuresFrom);
            e.cutOff = LocalDate.parse(p.cutOff);
            e.valuesJson = write(values);
            e.submittedBy = actor.name();
            e.submittedAt = now.toLocalDateTime();
            e.late = now.isAfter(OffsetDateTime.parse(p.due));
            em.persist(e);
            FormDraftEntity draft = em.find(FormDraftEntity.class, FormDraftEntity.key(jur, c.id, p.index, in.unit, t.id));
            if (draft != null) {
                em.remove(draft); // submitted: the draft has served
            }
            em.flush();
            long tablesIn = em.createQuery("SELECT COUNT(r) FROM FormReportEntity r WHERE r.jurisdiction = ?1 AND "
                    + "r.cycleId = ?2 AND r.periodIndex = ?3 AND r.unit = ?4", Long.class).setParameter(1, jur)
                    .setParameter(2, c.id).setParameter(3, p.index).setParameter(4, in.unit).getSingleResult();
            if (tablesIn == c.form.tables.size()) {
                SubmissionEntity s = new SubmissionEntity();
                s.jurisdiction = jur;
                s.cycleId = c.id;
                s.periodIndex = p.index;
                s.periodLabel = p.label;
                s.unit = in.unit;
                s.note = note(c.form);
                s.submittedBy = actor.name();
                s.submittedAt = e.submittedAt;
                s.due = p.due;
                s.late = e.late;
                em.persist(s);
            }
            audit.append(actor, "form.submit", "form-report", e.id.toString(), null, write(Map.of("cycle", c.id,
                    "period", String.valueOf(p.index), "unit", in.unit, "table", t.id, "late", String.valueOf(e.late))));
            return toDto(c, e, p);
        });
    }

    /** What a complete set of tables counts as in the reporting status: the form's title, and its tables' names. */
    static String note(FormDTO form) {
        List<String> tables = form.tables.stream().map(x -> x.name).toList();
        if (tables.size() == 1 && java.util.Objects.equals(tables.get(0), form.title)) {
            return form.title; // one table, named as the form
        }
        return form.title + "（" + String.join("、", tables) + "）";
    }

    @Override
    public FileDTO attach(Actor actor, String jurisdiction, String cycleId, String unit, String fieldKey,
            String fileName, byte[] content) {
        actor.requireWrite();
        CycleDTO c = formCycle(jurisdiction, cycleId);
        checkReporter(actor, c, unit, true);
        FormFieldDTO f = fieldKey == null ? null
                : c.form.fields.stream().filter(x -> x.key.equals(fieldKey)).findFirst().orElse(null);
        if (f == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "报表中没有此项", Map.of("field", "报表中没有此项"));
        }
        if (!FormFieldDTO.FILE.equals(f.type)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, label(f) + "：不是附件项，请直接填写",
                    Map.of("field", "此项不是附件"));
        }
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                unit);
        FileService store = files;
        if (store == null) {
            throw LuoshiException.unavailable(FILES_UNAVAILABLE);
        }
        // the file service checks size and type by content, and audits the upload (file.store)
        List<String> readers = c.receiver == null || c.receiver.equals(unit) ? List.of() : List.of(c.receiver);
        return store.store(actor, ATTACHMENT, 0L, unit, readers, fileName, content);
    }

    /**
     * Why a FILE value does not name an attachment of the reporting unit (uploaded through {@link #attach}), or null
     * when it does. The file is looked up as the caller: a file the caller may not read is one that does not exist.
     */
    String attachmentProblem(Actor actor, String unit, String value) {
        Long id = FormValues.fileId(value);
        if (id == null) {
            return "附件编号无效";
        }
        FileService store = files;
        if (store == null) {
            throw LuoshiException.unavailable(FILES_UNAVAILABLE);
        }
        FileDTO f;
        try {
            f = store.get(actor, id);
        } catch (LuoshiException e) {
            if (e.kind() == LuoshiException.Kind.NOT_FOUND || e.kind() == LuoshiException.Kind.FORBIDDEN) {
                return NOT_AN_ATTACHMENT;
            }
            throw e;
        }
        return f != null && ATTACHMENT.equals(f.ownerType) && java.util.Objects.equals(unit, f.unit) ? null
                : NOT_AN_ATTACHMENT;
    }

    /** The typed values of a request by key (the last one of a key wins). */
    private static Map<String, String> typed(FormReportDTO in) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (in.values != null) {
            for (FormValueDTO v : in.values) {
                if (v != null && v.key != null) {
                    typed.put(v.key, v.value);
                }
            }
        }
        return typed;
    }

    /**
     * The typed values checked by type and in their canonical form, every typed field of the form present (empty ones
     * as the rule allows), each attachment one of the reporting unit's; INVALID naming each wrong value by its key.
     */
    private Map<String, String> checked(Actor actor, CycleDTO c, String unit, Map<String, String> typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : typed.keySet()) {
            if (c.form.fields.stream().noneMatch(f -> f.key.equals(key))) {
                errors.put(key, "报表中没有此项");
            }
        }
        for (FormFieldDTO f : c.form.fields) {
            if (f.computed()) {
                if (typed.get(f.key) != null && !typed.get(f.key).isBlank()) {
                    errors.put(f.key, "此项由系统根据台账自动统计，不能填写");
                }
                continue;
            }
            String error = FormValues.problem(f, typed.get(f.key));
            if (error == null && FormFieldDTO.FILE.equals(f.type)) {
                error = attachmentProblem(actor, unit, typed.get(f.key));
            }
            if (error != null) {
                errors.put(f.key, label(f) + "：" + error);
            } else {
                values.put(f.key, FormValues.canonical(f, typed.get(f.key)));
            }
        }
        if (!errors.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "报表有 " + errors.size() + " 项填写有误", errors);
        }
        return values;
    }

    @Override
    public FormReportDTO saveDraft(Actor actor, FormReportDTO in) {
        if (in == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请提交报表内容", Map.of("values", "缺少内容"));
        }
        CycleDTO c = formCycle(in.jurisdiction, in.cycleId);
        checkReporter(actor, c, in.unit, true);
        FormTableDTO t = table(c, in.table);
        PeriodDTO p = period(c, in.periodIndex);
        Map<String, String> typed = typed(in);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> kept = new LinkedHashMap<>();
        typed.forEach((key, value) -> {
            FormFieldDTO f = c.form.fields.stream().filter(x -> x.key.equals(key)).findFirst().orElse(null);
            if (f == null) {
                errors.put(key, "报表中没有此项");
            } else if (f.computed()) {
                if (value != null && !value.isBlank()) {
                    errors.put(key, "此项由系统根据台账自动统计，不能填写");
                }
            } else if (value != null && value.length() > DRAFT_VALUE_MAX) {
                errors.put(key, label(f) + "：不能超过 " + DRAFT_VALUE_MAX + " 个字符");
            } else if (value != null && !value.isBlank()) {
                // an attachment is kept only when it is one of the unit's (as it will be judged on submission)
                String problem = FormFieldDTO.FILE.equals(f.type) ? attachmentProblem(actor, in.unit, value) : null;
                if (problem != null) {
                    errors.put(key, label(f) + "：" + problem);
                } else {
                    kept.put(key, value);
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "暂存内容有 " + errors.size() + " 项无效", errors);
        }
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                in.unit);
        String key = FormDraftEntity.key(in.jurisdiction, c.id, p.index, in.unit, t.id);
        jpa.tx(TransactionType.Required, em -> {
            if (submitted(em, in.jurisdiction, c.id, p.index, in.unit, t.id) != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该表已提交，不能暂存；如需修改请“更正”");
            }
            FormDraftEntity d = em.find(FormDraftEntity.class, key);
            String before = d == null ? null : d.valuesJson;
            if (d == null) {
                d = new FormDraftEntity();
                d.key = key;
            }
            d.valuesJson = write(kept);
            d.savedBy = actor.name();
            d.savedAt = LocalDateTime.now(ZONE);
            if (before == null) {
                em.persist(d);
            }
            em.flush();
            audit.append(actor, "form.draft", "form-draft", key, before, d.valuesJson);
        });
        return prepare(actor, in.jurisdiction, c.id, p.index, in.unit, t.id);
    }

    @Override
    public FormReportDTO correct(Actor actor, long id, FormReportDTO in, String reason) {
        FieldCheck v = new FieldCheck();
        String why = v.text("reason", "更正原因", reason, 500, true);
        v.throwIfInvalid();
        FormReportEntity found = jpa.txExpr(TransactionType.Required, em -> em.find(FormReportEntity.class, id));
        if (found == null) {
            throw LuoshiException.notFound("报表 " + id + " 不存在");
        }
        CycleDTO c = formCycle(found.jurisdiction, found.cycleId);
        if (!actor.canSee(found.unit)) {
            if (actor.canSee(c.receiver)) {
                throw LuoshiException.forbidden("更正由报送单位（" + name(found.unit) + "）办理");
            }
            throw LuoshiException.notFound("报表 " + id + " 不存在");
        }
        // the values not named in the request stay as they are (a client may send only the ones it corrects)
        Map<String, String> asked = new LinkedHashMap<>();
        Map<String, String> stored = read(found.valuesJson);
        c.form.fields.stream().filter(f -> !f.computed()).forEach(f -> asked.put(f.key, stored.get(f.key)));
        asked.putAll(typed(in == null ? new FormReportDTO() : in));
        Map<String, String> corrected = checked(actor, c, found.unit, asked);
        ModuleSettings.requireEnabled(settings, DispatchSettingsDeclaration.MODULE, DispatchSettingsDeclaration.LABEL,
                found.unit);
        return jpa.txExpr(TransactionType.Required, em -> {
            FormReportEntity e = em.find(FormReportEntity.class, id);
            Map<String, String> values = read(e.valuesJson);
            FormCorrectionDTO correction = new FormCorrectionDTO();
            for (FormFieldDTO f : c.form.fields) {
                if (f.computed()) {
                    continue; // the figures stay as they were frozen at submission
                }
                String before = values.get(f.key);
                String after = corrected.get(f.key);
                if (!java.util.Objects.equals(blank(before), blank(after))) {
                    FormCorrectionDTO.Change change = new FormCorrectionDTO.Change();
                    change.key = f.key;
                    change.label = label(f);
                    change.before = before;
                    change.after = after;
                    correction.changes.add(change);
                    values.put(f.key, after);
                }
            }
            if (correction.changes.isEmpty()) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "更正后的数据与原表相同，无需更正",
                        Map.of("values", "没有改动"));
            }
            correction.correctedAt = OffsetDateTime.now(ZONE).toString();
            correction.correctedBy = actor.name();
            correction.reason = why;
            List<FormCorrectionDTO> history = corrections(e);
            String beforeJson = e.valuesJson;
            history.add(correction);
            e.valuesJson = write(values);
            e.correctionsJson = writeCorrections(history);
            em.flush();
            audit.append(actor, "form.correct", "form-report", e.id.toString(), beforeJson, e.valuesJson);
            return toDto(c, e, period(c, e.periodIndex));
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private FormReportEntity submitted(EntityManager em, String jurisdiction, String cycleId, int period, String unit,
            String table) {
        return em.createQuery("SELECT r FROM FormReportEntity r WHERE r.jurisdiction = ?1 AND r.cycleId = ?2 AND "
                + "r.periodIndex = ?3 AND r.unit = ?4 AND r.table = ?5", FormReportEntity.class).setParameter(1, jurisdiction)
                .setParameter(2, cycleId).setParameter(3, period).setParameter(4, unit).setParameter(5, table)
                .getResultList().stream().findFirst().orElse(null);
    }

    private List<FormCorrectionDTO> corrections(FormReportEntity e) {
        if (e.correctionsJson == null || e.correctionsJson.isBlank()) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(json.readValue(e.correctionsJson, new TypeReference<List<FormCorrectionDTO>>() {
            }));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("stored corrections unreadable", x);
        }
    }

    private String writeCorrections(List<FormCorrectionDTO> history) {
        try {
            return json.writeValueAsString(history);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    private static String label(FormFieldDTO f) {
        return f.block + " " + f.no + "." + f.label + (f.part == null ? "" : "（" + f.part + "）");
    }

    @Override
    public List<FormReportDTO> reports(Actor actor, String jurisdiction, String cycleId, int periodIndex) {
        CycleDTO c = formCycle(jurisdiction, cycleId);
        PeriodDTO p = period(c, periodIndex);
        List<FormReportDTO> out = new ArrayList<>();
        jpa.tx(TransactionType.Required, em -> {
            for (FormReportEntity e : em.createQuery("SELECT r FROM FormReportEntity r WHERE r.jurisdiction = ?1 AND "
                    + "r.cycleId = ?2 AND r.periodIndex = ?3 ORDER BY r.unit, r.table", FormReportEntity.class)
                    .setParameter(1, jurisdiction).setParameter(2, cycleId).setParameter(3, periodIndex).getResultList()) {
                if (actor.canSee(e.unit) || actor.canSee(c.receiver)) {
                    out.add(toDto(c, e, p));
                }
            }
        });
        return out;
    }

    @Override
    public FormReportDTO get(Actor actor, long id) {
        FormReportEntity e = jpa.txExpr(TransactionType.Required, em -> em.find(FormReportEntity.class, id));
        if (e == null) {
            throw LuoshiException.notFound("报表 " + id + " 不存在");
        }
        CycleDTO c = formCycle(e.jurisdiction, e.cycleId);
        if (!actor.canSee(e.unit) && !actor.canSee(c.receiver)) {
            throw LuoshiException.notFound("报表 " + id + " 不存在");
        }
        return toDto(c, e, period(c, e.periodIndex));
    }

    private FormReportDTO toDto(CycleDTO c, FormReportEntity e, PeriodDTO p) {
        FormTableDTO t = c.form.tables.stream().filter(x -> x.id.equals(e.table)).findFirst().orElseGet(() -> {
            FormTableDTO gone = new FormTableDTO();
            gone.id = e.table;
            gone.name = e.table;
            return gone;
        });
        FormReportDTO d = header(e.jurisdiction, c, p, e.unit, t);
        d.id = e.id;
        d.scope = e.scope;
        d.figuresFrom = e.figuresFrom.toString();
        d.cutOff = e.cutOff.toString();
        d.status = SUBMITTED;
        d.submittedBy = e.submittedBy;
        d.submittedAt = e.submittedAt.atZone(ZONE).toOffsetDateTime().toString();
        d.late = e.late;
        d.corrections = corrections(e);
        Map<String, String> values = read(e.valuesJson);
        for (FormFieldDTO f : c.form.fields) {
            FormValueDTO v = new FormValueDTO(f.key, values.get(f.key));
            if (f.computed()) {
                v.computed = true;
                v.drillDown = drillDown(e.jurisdiction, d, f);
            }
            d.values.add(v);
        }
        return d;
    }

    private String name(String unitId) {
        return unitId == null ? "" : jurisdictions.unit(unitId).map(x -> x.name).orElse(unitId);
    }

    private String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form values unreadable", e);
        }
    }
}
