package org.luoshi.ranking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.luoshi.api.export.BulletinDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.form.FigureSource;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.IndicatorDTO;
import org.luoshi.api.ranking.RankHistoryDTO;
import org.luoshi.api.ranking.RankingDTO;
import org.luoshi.api.ranking.RankingService;
import org.luoshi.api.ranking.TypedValueDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 考评排队 on JPA. The rules are the regions' data ({@link Rules}); a unit's value of an indicator is the figure its
 * module counts over the month (the form figures, {@link FigureSource}) or the evaluator's typed value; points are
 * {@code direction × min(cap, weight × value)}, the score the base plus all points, both to two decimals. Units rank by
 * score, then by the points of the rule's tie-break indicators; equal after them, they share a rank (1, 2, 2, 4).
 */
@Component(service = RankingService.class)
public class RankingServiceImpl implements RankingService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(RankingServiceImpl.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;
    private final Map<String, FigureSource> figures = new ConcurrentHashMap<>();

    /** Writes the bulletin, while the export module runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExportService exports;

    /** 曝光台 (mechanism 7): a public rule's published month goes there for a second person's approval. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PublicityService publicity;

    @Activate
    public RankingServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-ranking)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFigures(FigureSource source, Map<String, Object> props) {
        Object name = props.get(FigureSource.PROPERTY);
        if (name != null) {
            figures.put(name.toString(), source);
        }
    }

    void removeFigures(FigureSource source, Map<String, Object> props) {
        Object name = props.get(FigureSource.PROPERTY);
        if (name != null) {
            figures.remove(name.toString(), source);
        }
    }

    // ---- rules and who may ------------------------------------------------------------------------------------------

    private List<EvaluationDTO> rules() {
        List<String> problems = new ArrayList<>();
        List<EvaluationDTO> all = Rules.all(jurisdictions, problems);
        problems.forEach(p -> LOG.warn("Ranking rule left out: {}", p));
        return all;
    }

    /** The evaluating side: the evaluator's office and the units above it. */
    private static boolean evaluates(Actor actor, EvaluationDTO e) {
        return actor.canSee(e.evaluator);
    }

    /** The evaluated side: a member of an evaluated unit (or of a unit below it). */
    private static boolean evaluated(Actor actor, EvaluationDTO e) {
        return e.groups.stream().flatMap(g -> g.units.stream()).anyMatch(actor::belongsTo);
    }

    @Override
    public List<EvaluationDTO> evaluations(Actor actor) {
        return rules().stream().filter(e -> evaluates(actor, e) || evaluated(actor, e)).toList();
    }

    @Override
    public EvaluationDTO evaluation(Actor actor, String evaluation) {
        EvaluationDTO e = rules().stream().filter(x -> x.id.equals(evaluation)).findFirst().orElse(null);
        if (e == null || !evaluates(actor, e) && !evaluated(actor, e)) {
            throw LuoshiException.notFound("考评 " + evaluation + " 不存在或与您无关");
        }
        return e;
    }

    private EvaluationDTO evaluating(Actor actor, String evaluation) {
        EvaluationDTO e = evaluation(actor, evaluation);
        if (!evaluates(actor, e)) {
            throw LuoshiException.forbidden("只有考评单位（" + e.evaluatorName + "）可以办理考评");
        }
        return e;
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "月份应为 年-月（如 2026-03）", Map.of("month", "格式错误"));
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Override
    public RankingDTO ranking(Actor actor, String evaluation, String month) {
        EvaluationDTO e = evaluation(actor, evaluation);
        YearMonth m = month(month);
        RankingEntity kept = jpa.txExpr(TransactionType.Required, em -> find(em, e.id, m.toString()));
        if (kept != null && RankingDTO.PUBLISHED.equals(kept.status)) {
            return snapshot(kept);
        }
        if (!evaluates(actor, e)) {
            throw LuoshiException.notFound(m + " 的考评排队尚未发布");
        }
        RankingDTO now = compute(e, m);
        now.status = RankingDTO.LIVE;
        if (kept != null) {
            now.changes = changes(snapshot(kept), now);
        }
        return now;
    }

    @Override
    public List<RankHistoryDTO> history(Actor actor, String evaluation, String unit) {
        EvaluationDTO e = evaluation(actor, evaluation);
        List<RankingEntity> published = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT r FROM RankingEntity r WHERE r.evaluation = ?1 AND r.status = ?2 ORDER BY r.month",
                RankingEntity.class).setParameter(1, e.id).setParameter(2, RankingDTO.PUBLISHED).getResultList());
        Map<String, RankHistoryDTO> byUnit = new LinkedHashMap<>();
        for (EvaluationDTO.GroupDTO g : e.groups) {
            for (int i = 0; i < g.units.size(); i++) {
                if (unit == null || unit.isBlank() || unit.strip().equals(g.units.get(i))) {
                    RankHistoryDTO h = new RankHistoryDTO();
                    h.unit = g.units.get(i);
                    h.unitName = g.unitNames.get(i);
                    h.group = g.name;
                    byUnit.put(h.unit, h);
                }
            }
        }
        for (RankingEntity r : published) {
            RankingDTO d = snapshot(r);
            for (RankingDTO.GroupRankingDTO g : d.groups) {
                for (RankingDTO.RowDTO row : g.rows) {
                    RankHistoryDTO h = byUnit.get(row.unit);
                    if (h != null) {
                        h.months.add(d.month);
                        h.ranks.add(row.rank);
                        h.scores.add(row.score);
                    }
                }
            }
        }
        return new ArrayList<>(byUnit.values());
    }

    // ---- writing ----------------------------------------------------------------------------------------------------

    @Override
    public RankingDTO compute(Actor actor, String evaluation, String month) {
        actor.requireWrite();
        EvaluationDTO e = evaluating(actor, evaluation);
        YearMonth m = month(month);
        if (m.isAfter(YearMonth.now(ZONE))) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "不能考评尚未到来的月份", Map.of("month", "月份未到"));
        }
        RankingDTO now = compute(e, m);
        return jpa.txExpr(TransactionType.Required, em -> {
            RankingEntity kept = find(em, e.id, m.toString());
            if (kept != null && RankingDTO.PUBLISHED.equals(kept.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, m + " 的考评排队已发布，数据已冻结，不再重新计算");
            }
            List<String> changes = kept == null ? List.of() : changes(snapshot(kept), now);
            if (kept == null) {
                kept = new RankingEntity();
                kept.evaluation = e.id;
                kept.month = m.toString();
            }
            kept.status = RankingDTO.DRAFT;
            kept.computedAt = LocalDateTime.now(ZONE);
            kept.computedBy = actor.name();
            now.status = RankingDTO.DRAFT;
            now.computedAt = text(kept.computedAt);
            now.computedBy = actor.name();
            kept.snapshot = json(now);
            if (kept.id == null) {
                em.persist(kept);
            }
            em.flush();
            audit.append(actor, "ranking.compute", "ranking", e.id + ":" + m, null, json(Map.of("changes", changes)));
            now.changes = new ArrayList<>(changes);
            return now;
        });
    }

    @Override
    public TypedValueDTO enter(Actor actor, String evaluation, String month, TypedValueDTO in) {
        actor.requireWrite();
        EvaluationDTO e = evaluating(actor, evaluation);
        YearMonth m = month(month);
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String unit = v.text("unit", "被考评单位", in.unit, 200, true);
        String indicator = v.text("indicator", "指标", in.indicator, 60, true);
        String reason = v.text("reason", "理由", in.reason, 1000, in.value != null);
        v.throwIfInvalid();
        IndicatorDTO ind = e.indicators.stream().filter(i -> i.id.equals(indicator)).findFirst().orElse(null);
        if (ind == null || !ind.typed) {
            v.fail("indicator", "不是本考评的录入指标");
        }
        if (e.groups.stream().noneMatch(g -> g.units.contains(unit))) {
            v.fail("unit", "不是本考评的被考评单位");
        }
        if (ind != null && in.value != null && (in.value < ind.min || in.value > ind.max)) {
            v.fail("value", "应在 " + plain(ind.min) + "–" + plain(ind.max) + " 之间");
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            RankingEntity kept = find(em, e.id, m.toString());
            if (kept != null && RankingDTO.PUBLISHED.equals(kept.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, m + " 的考评排队已发布，不能再录入");
            }
            List<TypedEntity> old = em.createQuery("SELECT t FROM TypedEntity t WHERE t.evaluation = ?1 AND t.month = ?2 "
                    + "AND t.unit = ?3 AND t.indicator = ?4", TypedEntity.class).setParameter(1, e.id)
                    .setParameter(2, m.toString()).setParameter(3, unit).setParameter(4, indicator).getResultList();
            String before = old.isEmpty() ? null : old.get(0).value.toPlainString() + "（" + old.get(0).reason + "）";
            old.forEach(em::remove);
            TypedValueDTO out = new TypedValueDTO();
            out.unit = unit;
            out.indicator = indicator;
            if (in.value != null) {
                TypedEntity t = new TypedEntity();
                t.evaluation = e.id;
                t.month = m.toString();
                t.unit = unit;
                t.indicator = indicator;
                t.value = BigDecimal.valueOf(in.value).setScale(2, RoundingMode.HALF_UP);
                t.reason = reason;
                t.enteredBy = actor.name();
                t.enteredAt = LocalDateTime.now(ZONE);
                em.persist(t);
                out.value = t.value.doubleValue();
                out.reason = reason;
                out.enteredBy = t.enteredBy;
                out.enteredAt = text(t.enteredAt);
            }
            em.flush();
            audit.append(actor, "ranking.typed", "ranking", e.id + ":" + m, before,
                    out.value == null ? null : plain(out.value) + "（" + reason + "）" + " · " + unit + " · " + indicator);
            return out;
        });
    }

    @Override
    public RankingDTO publish(Actor actor, String evaluation, String month) {
        actor.requireWrite();
        EvaluationDTO e = evaluating(actor, evaluation);
        YearMonth m = month(month);
        return jpa.txExpr(TransactionType.Required, em -> {
            RankingEntity kept = find(em, e.id, m.toString());
            if (kept == null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "请先计算 " + m + " 的考评排队，核对后再发布");
            }
            if (RankingDTO.PUBLISHED.equals(kept.status)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, m + " 的考评排队已发布");
            }
            kept.status = RankingDTO.PUBLISHED;
            kept.publishedAt = LocalDateTime.now(ZONE);
            kept.publishedBy = actor.name();
            RankingDTO frozen = snapshot(kept);
            frozen.status = RankingDTO.PUBLISHED;
            frozen.publishedAt = text(kept.publishedAt);
            frozen.publishedBy = actor.name();
            frozen.changes = new ArrayList<>();
            kept.snapshot = json(frozen);
            em.flush();
            audit.append(actor, "ranking.publish", "ranking", e.id + ":" + m, RankingDTO.DRAFT, RankingDTO.PUBLISHED);
            PublicityService board = publicity;
            if (e.published && board != null) {
                // the same transaction: the ranking is not published without its hand-over to 曝光台, nor the reverse
                PublicationDTO p = Bulletin.publication(e, frozen, kept.id);
                kept.publicationId = board.submit(actor, board.draft(actor, p).id).id;
                frozen.publicationId = kept.publicationId;
                em.flush();
            }
            return frozen;
        });
    }

    // ---- the bulletin -----------------------------------------------------------------------------------------------

    @Override
    public byte[] bulletin(Actor actor, String evaluation, String month) {
        EvaluationDTO e = evaluation(actor, evaluation);
        YearMonth m = month(month);
        RankingEntity kept = jpa.txExpr(TransactionType.Required, em -> find(em, e.id, m.toString()));
        boolean published = kept != null && RankingDTO.PUBLISHED.equals(kept.status);
        if (!published && (!evaluates(actor, e) || kept == null)) {
            throw new LuoshiException(kept == null ? LuoshiException.Kind.CONFLICT : LuoshiException.Kind.NOT_FOUND,
                    kept == null ? "请先计算 " + m + " 的考评排队" : m + " 的考评排队尚未发布");
        }
        ExportService export = exports;
        if (export == null) {
            throw LuoshiException.unavailable("导入导出模块未启用");
        }
        return export.bulletin(Bulletin.of(e, snapshot(kept), published));
    }

    // ---- computing --------------------------------------------------------------------------------------------------

    /** The month's figures now, ranked. */
    RankingDTO compute(EvaluationDTO e, YearMonth m) {
        LocalDate from = m.atDay(1);
        LocalDate to = m.atEndOfMonth();
        Map<String, TypedEntity> typed = new HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT t FROM TypedEntity t WHERE t.evaluation = ?1 "
                + "AND t.month = ?2", TypedEntity.class).setParameter(1, e.id).setParameter(2, m.toString())
                .getResultList()).forEach(t -> typed.put(t.unit + "|" + t.indicator, t));
        RankingDTO out = new RankingDTO();
        out.evaluation = e.id;
        out.evaluationName = e.name;
        out.month = m.toString();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        for (EvaluationDTO.GroupDTO g : e.groups) {
            RankingDTO.GroupRankingDTO table = new RankingDTO.GroupRankingDTO();
            table.group = g.id;
            table.name = g.name;
            for (int u = 0; u < g.units.size(); u++) {
                String unitId = g.units.get(u);
                String jurisdiction = jurisdictions.unit(unitId).map(x -> x.jurisdiction).orElse(e.jurisdiction);
                Map<String, Double> counted = count(e, jurisdiction, unitId, from, to, missing);
                RankingDTO.RowDTO row = new RankingDTO.RowDTO();
                row.unit = unitId;
                row.unitName = g.unitNames.get(u);
                double score = e.base;
                for (IndicatorDTO ind : e.indicators) {
                    RankingDTO.ScoreItemDTO item = new RankingDTO.ScoreItemDTO();
                    item.indicator = ind.id;
                    item.name = ind.name;
                    if (ind.typed) {
                        TypedEntity t = typed.get(unitId + "|" + ind.id);
                        item.value = t == null ? 0 : t.value.doubleValue();
                        item.reason = t == null ? null : t.reason;
                        item.enteredBy = t == null ? null : t.enteredBy;
                    } else {
                        item.value = counted.getOrDefault(ind.id, 0.0);
                        item.drillDown = drillDown(ind, jurisdiction, unitId, from, to);
                    }
                    item.points = points(ind, item.value);
                    score += item.points;
                    row.items.add(item);
                }
                row.score = round(score);
                table.rows.add(row);
            }
            rank(e, table.rows);
            out.groups.add(table);
        }
        out.missing = new ArrayList<>(missing);
        return out;
    }

    /** The unit's figure values by indicator id: one call per source. */
    private Map<String, Double> count(EvaluationDTO e, String jurisdiction, String unit, LocalDate from, LocalDate to,
            java.util.Set<String> missing) {
        Map<String, Map<String, String>> bySource = new LinkedHashMap<>();
        for (IndicatorDTO ind : e.indicators) {
            if (!ind.typed) {
                int q = ind.figure.indexOf('?');
                String source = q < 0 ? ind.figure : ind.figure.substring(0, q);
                bySource.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(ind.id, q < 0 ? "" : ind.figure.substring(q + 1));
            }
        }
        Map<String, Double> out = new HashMap<>();
        bySource.forEach((source, filters) -> {
            FigureSource s = figures.get(source);
            if (s == null) {
                filters.keySet().forEach(id -> missing.add(name(e, id) + "（“" + source + "”所在模块未运行，按 0 计）"));
                return;
            }
            try {
                s.count(jurisdiction, unit, from, to, filters).forEach((id, n) -> out.put(id, n.doubleValue()));
            } catch (IllegalArgumentException bad) {
                LOG.warn("Ranking rule {}: figure of source {} refused: {}", e.id, source, bad.getMessage());
                filters.keySet().forEach(id -> missing.add(name(e, id) + "（统计口径有误，按 0 计）"));
            }
        });
        return out;
    }

    private String drillDown(IndicatorDTO ind, String jurisdiction, String unit, LocalDate from, LocalDate to) {
        int q = ind.figure.indexOf('?');
        FigureSource s = figures.get(q < 0 ? ind.figure : ind.figure.substring(0, q));
        try {
            return s == null ? null : s.drillDown(jurisdiction, unit, from, to, q < 0 ? "" : ind.figure.substring(q + 1));
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    private static String name(EvaluationDTO e, String indicator) {
        return e.indicators.stream().filter(i -> i.id.equals(indicator)).map(i -> i.name).findFirst().orElse(indicator);
    }

    /** direction × min(cap, weight × value), to two decimals. */
    static double points(IndicatorDTO ind, double value) {
        double raw = ind.weight * value;
        if (ind.cap > 0) {
            raw = Math.min(raw, ind.cap);
        }
        return round(ind.direction * raw);
    }

    static double round(double v) {
        double r = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return r == 0 ? 0 : r; // never −0
    }

    /** Sorts by score, then by the tie-break indicators' points (more is better), and gives equal rows one rank. */
    static void rank(EvaluationDTO e, List<RankingDTO.RowDTO> rows) {
        Comparator<RankingDTO.RowDTO> order = Comparator.comparingDouble((RankingDTO.RowDTO r) -> r.score).reversed();
        for (String t : e.tieBreak) {
            order = order.thenComparing(Comparator.comparingDouble((RankingDTO.RowDTO r) -> pointsOf(r, t)).reversed());
        }
        rows.sort(order);
        for (int i = 0; i < rows.size(); i++) {
            RankingDTO.RowDTO r = rows.get(i);
            r.rank = i > 0 && order.compare(rows.get(i - 1), r) == 0 ? rows.get(i - 1).rank : i + 1;
        }
    }

    private static double pointsOf(RankingDTO.RowDTO r, String indicator) {
        return r.items.stream().filter(i -> i.indicator.equals(indicator)).mapToDouble(i -> i.points).findFirst().orElse(0);
    }

    /** What differs between two computations of a month: scores and ranks per unit, and each changed value. */
    static List<String> changes(RankingDTO before, RankingDTO after) {
        Map<String, RankingDTO.RowDTO> old = new HashMap<>();
        before.groups.forEach(g -> g.rows.forEach(r -> old.put(r.unit, r)));
        List<String> out = new ArrayList<>();
        for (RankingDTO.GroupRankingDTO g : after.groups) {
            for (RankingDTO.RowDTO r : g.rows) {
                RankingDTO.RowDTO o = old.get(r.unit);
                if (o == null) {
                    out.add(r.unitName + "：新增（得分 " + plain(r.score) + "，第 " + r.rank + " 名）");
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (RankingDTO.ScoreItemDTO i : r.items) {
                    RankingDTO.ScoreItemDTO was = o.items.stream().filter(x -> x.indicator.equals(i.indicator)).findFirst()
                            .orElse(null);
                    if (was == null || was.value != i.value) {
                        parts.add(i.name + " " + (was == null ? "—" : plain(was.value)) + " → " + plain(i.value));
                    }
                }
                if (o.score != r.score || o.rank != r.rank || !parts.isEmpty()) {
                    out.add(r.unitName + "：得分 " + plain(o.score) + " → " + plain(r.score) + "，名次 " + o.rank + " → "
                            + r.rank + (parts.isEmpty() ? "" : "（" + String.join("；", parts) + "）"));
                }
            }
        }
        return out;
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- storage ----------------------------------------------------------------------------------------------------

    private static RankingEntity find(EntityManager em, String evaluation, String month) {
        return em.createQuery("SELECT r FROM RankingEntity r WHERE r.evaluation = ?1 AND r.month = ?2", RankingEntity.class)
                .setParameter(1, evaluation).setParameter(2, month).getResultList().stream().findFirst().orElse(null);
    }

    private static RankingDTO snapshot(RankingEntity r) {
        try {
            RankingDTO d = JSON.readValue(r.snapshot, RankingDTO.class);
            d.status = r.status;
            d.publishedAt = r.publishedAt == null ? null : text(r.publishedAt);
            d.publishedBy = r.publishedBy;
            d.publicationId = r.publicationId;
            return d;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ranking " + r.id + " unreadable", e);
        }
    }

    private static String text(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime().toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
