package org.luoshi.tipoffs.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.tipoff.MaterialDTO;
import org.luoshi.api.tipoff.PublicStatusDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.ui.internal.InMemoryFiles;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * A tip-off service with the rules of the real one (org.luoshi.tipoffs): the reporter's identity kept apart and handed
 * out only in {@link #get} to the case's handlers (who registered or accepted it), never in lists; receipt codes kept
 * only as their normal form; the steps and their refusals; a confirmed major hazard made a hazard-list entry (source
 * 群众举报核实).
 */
public final class InMemoryTipOffs implements TipOffService {
    public static final Set<String> CHANNELS = Set.of("PHONE", "MAILBOX", "WEB", "LETTER", "VISIT", "SNAPSHOT");
    public static final Set<String> REPLY_CHANNELS = Set.of("ONLINE", "PHONE", "SMS", "PAPER");
    public static final Set<String> OUTCOMES = Set.of("MAJOR_HAZARD", "VIOLATION", "CONCEALED_ACCIDENT", "NOT_CONFIRMED");
    public static final Map<String, String> LABELS = Map.of("RECEIVED", "受理中", "NEEDS_MATERIAL", "请补充材料", "ACCEPTED", "已受理",
            "REJECTED", "不予受理", "VERIFIED", "已核查", "CLOSED", "已办结");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A stored tip-off: the record without identity, the identity apart, who handles it, who keeps sight. */
    public static final class Stored {
        public final TipOffDTO record = new TipOffDTO();
        public String name;
        public String contact;
        public final List<String> handlers = new ArrayList<>();
        public final List<String> sight = new ArrayList<>();
        /** The reporter's photos: file id to bytes, in the order added. */
        public final Map<Long, byte[]> photos = new java.util.LinkedHashMap<>();
    }

    public final List<Stored> records = new ArrayList<>();
    /** Identity views, like the real audit trail's tipoff.identity-view entries: user name and tip-off id. */
    public final List<String> identityViews = new ArrayList<>();
    private final Map<String, Long> codes = new HashMap<>();
    private final JurisdictionRegistry registry;
    private final HazardService hazards;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong photoIds = new AtomicLong(100);
    private final java.util.Random random = new java.util.Random(42);

    public InMemoryTipOffs(JurisdictionRegistry registry, HazardService hazards) {
        this.registry = registry;
        this.hazards = hazards;
    }

    private static LocalDate today() {
        return LocalDate.now(InMemoryServices.ZONE);
    }

    private static String now() {
        return OffsetDateTime.now(InMemoryServices.ZONE).toString();
    }

    /** The stored record of a tip-off (for the tests' assertions and for back-dating). */
    public TipOffDTO record(long id) {
        return records.stream().filter(s -> s.record.id == id).findFirst().orElseThrow().record;
    }

    @Override
    public synchronized TipOffDTO register(Actor actor, TipOffDTO in) {
        FieldCheck v = new FieldCheck();
        String unit = v.text("unit", "登记单位", in.unit, 200, true);
        String channel = v.text("channel", "举报渠道", in.channel, 12, true);
        LocalDate received = v.date("receivedOn", "收到日期", in.receivedOn, true);
        if (channel != null && !CHANNELS.contains(channel)) {
            v.fail("channel", "举报渠道应为 " + String.join("、", CHANNELS));
        }
        if (received != null && received.isAfter(today())) {
            v.fail("receivedOn", "收到日期不能晚于今天");
        }
        checkContent(v, in);
        v.throwIfInvalid();
        UnitDTO u = unit(unit, "unit");
        if (!actor.canSee(unit)) {
            throw LuoshiException.forbidden("无权以 “" + u.name + "” 的名义登记举报");
        }
        String code = newCode();
        Stored s = store(in, u, channel, received, code, actor.name());
        s.handlers.add(actor.name());
        TipOffDTO out = copy(s, true);
        out.receiptCode = code;
        return out;
    }

    @Override
    public synchronized String submitPublic(String jurisdiction, TipOffDTO in) {
        JurisdictionDTO j = registry.jurisdiction(jurisdiction).orElseThrow(() -> new LuoshiException(
                LuoshiException.Kind.INVALID, "辖区 “" + jurisdiction + "” 未安装", Map.of("jurisdiction", "未知辖区")));
        FieldCheck v = new FieldCheck();
        String channel = in.channel == null ? "WEB" : in.channel;
        if (!channel.equals("WEB") && !channel.equals("SNAPSHOT")) {
            v.fail("channel", "网上举报渠道为 WEB 或 SNAPSHOT（随手拍）");
        }
        checkContent(v, in);
        v.throwIfInvalid();
        String code = newCode();
        store(in, unit(j.unit, "jurisdiction"), channel, today(), code, "public");
        return code;
    }

    private static void checkContent(FieldCheck v, TipOffDTO in) {
        v.text("content", "举报内容", in.content, 8000, true);
        v.text("subject", "被举报单位或对象", in.subject, 500, false);
        v.text("place", "地点", in.place, 500, false);
        if (!in.anonymous) {
            v.text("reporterName", "举报人姓名", in.reporterName, 100, true);
            v.text("reporterContact", "联系方式", in.reporterContact, 200, true);
        } else if (blank(in.reporterName) != null || blank(in.reporterContact) != null) {
            v.fail("reporterName", "匿名举报不登记举报人身份");
        }
        String reply = in.replyChannel == null ? "ONLINE" : in.replyChannel;
        if (!REPLY_CHANNELS.contains(reply)) {
            v.fail("replyChannel", "告知方式应为 ONLINE、PHONE、SMS 或 PAPER");
        } else if (in.anonymous && !reply.equals("ONLINE")) {
            v.fail("replyChannel", "匿名举报只能凭查询码网上查询结果");
        }
    }

    private Stored store(TipOffDTO in, UnitDTO unit, String channel, LocalDate received, String code, String by) {
        Stored s = new Stored();
        TipOffDTO e = s.record;
        e.id = ids.incrementAndGet();
        e.jurisdiction = unit.jurisdiction;
        e.channel = channel;
        e.receivedOn = received.toString();
        e.unit = unit.id;
        e.registeringUnit = unit.id;
        e.subject = blank(in.subject);
        e.content = in.content.strip();
        e.place = blank(in.place);
        e.anonymous = in.anonymous;
        s.name = in.anonymous ? null : in.reporterName.strip();
        s.contact = in.anonymous ? null : in.reporterContact.strip();
        e.replyChannel = in.replyChannel == null ? "ONLINE" : in.replyChannel;
        e.status = "RECEIVED";
        e.acceptDeadline = received.plusDays(acceptDays(unit.jurisdiction)).toString();
        e.registeredBy = by;
        s.sight.add(unit.id);
        records.add(s);
        codes.put(normal(code), e.id);
        return s;
    }

    private int acceptDays(String jurisdiction) {
        String days = registry.settings(jurisdiction, "tipoffs").get("acceptDays");
        return days == null ? 5 : Integer.parseInt(days);
    }

    private String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(i > 0 && i % 4 == 0 ? "-" : "").append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    private static String normal(String code) {
        return code == null ? "" : code.replace("-", "").replace(" ", "").toUpperCase();
    }

    private Stored byCode(String code) {
        Long id = codes.get(normal(code));
        if (id == null) {
            throw LuoshiException.notFound("查询码不存在，请核对后重新输入");
        }
        return records.stream().filter(s -> s.record.id.equals(id)).findFirst().orElseThrow();
    }

    @Override
    public synchronized PublicStatusDTO publicStatus(String receiptCode) {
        return publicDto(byCode(receiptCode));
    }

    @Override
    public synchronized PublicStatusDTO addMaterial(String receiptCode, String text) {
        FieldCheck v = new FieldCheck();
        String t = v.text("text", "补充材料", text, 4000, true);
        v.throwIfInvalid();
        Stored s = byCode(receiptCode);
        if ("CLOSED".equals(s.record.status) || "REJECTED".equals(s.record.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报已" + LABELS.get(s.record.status) + "，不能再补充材料");
        }
        MaterialDTO m = new MaterialDTO();
        m.at = now();
        m.fromReporter = true;
        m.text = t;
        s.record.materials.add(m);
        if ("NEEDS_MATERIAL".equals(s.record.status)) {
            s.record.status = "RECEIVED";
        }
        return publicDto(s);
    }

    /** As the real one: not after closing or rejection, at most 9, JPEG or PNG by content, within 10 MB. */
    @Override
    public synchronized PublicStatusDTO addPhoto(String receiptCode, String name, byte[] content) {
        Stored s = byCode(receiptCode);
        if ("CLOSED".equals(s.record.status) || "REJECTED".equals(s.record.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报已" + LABELS.get(s.record.status) + "，不能再补充照片");
        }
        if (s.photos.size() >= 9) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "每条举报最多 9 张照片");
        }
        String type = content == null ? null : InMemoryFiles.detect(content);
        if (!"image/jpeg".equals(type) && !"image/png".equals(type)) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "照片只接受 JPEG 或 PNG 图片", Map.of("content", "不是图片"));
        }
        if (content.length > InMemoryFiles.MAX_BYTES) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件超过 10 MB 上限", Map.of("content", "文件过大"));
        }
        s.photos.put(photoIds.incrementAndGet(), content.clone());
        return publicDto(s);
    }

    @Override
    public synchronized byte[] photo(Actor actor, long id, long fileId) {
        Stored s = records.stream().filter(x -> x.record.id == id && sighted(actor, x)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("举报 " + id + " 不存在或无权查看"));
        byte[] b = s.photos.get(fileId);
        if (b == null) {
            throw LuoshiException.notFound("照片 " + fileId + " 不属于举报 " + id);
        }
        return b.clone();
    }

    /** The tip-offs whose verification created the hazard entry; never with identity. */
    public synchronized TipOffDTO linkEnterprise(Actor actor, long id, Long enterpriseId) {
        throw new UnsupportedOperationException("the in-memory tip-offs keep no register");
    }

    @Override
    public synchronized List<TipOffDTO> byEnterprise(Actor actor, long enterpriseId) {
        return records.stream().filter(s -> Long.valueOf(enterpriseId).equals(s.record.enterpriseId))
                .filter(s -> sighted(actor, s)).map(s -> copy(s, false)).toList();
    }

    @Override
    public synchronized List<TipOffDTO> byHazard(Actor actor, long hazardId) {
        return records.stream().filter(s -> s.record.hazardId != null && s.record.hazardId == hazardId)
                .filter(s -> sighted(actor, s)).map(s -> copy(s, false)).toList();
    }

    private static PublicStatusDTO publicDto(Stored s) {
        TipOffDTO e = s.record;
        PublicStatusDTO d = new PublicStatusDTO();
        d.receivedOn = e.receivedOn;
        d.status = e.status;
        d.statusLabel = LABELS.get(e.status);
        d.decisionNote = "REJECTED".equals(e.status) || "NEEDS_MATERIAL".equals(e.status) ? e.decisionNote : null;
        d.reply = "CLOSED".equals(e.status) ? e.reply : null;
        d.materialsAdded = (int) e.materials.stream().filter(m -> m.fromReporter).count();
        d.photosAdded = s.photos.size();
        return d;
    }

    @Override
    public synchronized TipOffDTO accept(Actor actor, long id, String note) {
        return step(actor, id, s -> {
            expect(s, "受理", "RECEIVED");
            s.record.status = "ACCEPTED";
            s.record.decisionNote = blank(note);
            if (!s.handlers.contains(actor.name())) {
                s.handlers.add(actor.name());
            }
        });
    }

    @Override
    public synchronized TipOffDTO reject(Actor actor, long id, String reason) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reason", "不予受理理由", reason, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, s -> {
            expect(s, "不予受理", "RECEIVED", "NEEDS_MATERIAL");
            s.record.status = "REJECTED";
            s.record.decisionNote = r;
        });
    }

    @Override
    public synchronized TipOffDTO requestMaterial(Actor actor, long id, String what) {
        FieldCheck v = new FieldCheck();
        String w = v.text("what", "需补充的材料", what, 2000, true);
        v.throwIfInvalid();
        return step(actor, id, s -> {
            expect(s, "要求补充材料", "RECEIVED");
            s.record.status = "NEEDS_MATERIAL";
            s.record.decisionNote = w;
        });
    }

    @Override
    public synchronized TipOffDTO route(Actor actor, long id, RouteDTO in) {
        FieldCheck v = new FieldCheck();
        String kind = v.text("kind", "交办转办方式", in.kind, 12, true);
        String to = v.text("to", "接收单位", in.to, 200, true);
        LocalDate deadline = v.date("deadline", "核查报告期限", in.deadline, true);
        if (kind != null && !Set.of("ASSIGN_DOWN", "TRANSFER", "PASS").contains(kind)) {
            v.fail("kind", "方式应为 ASSIGN_DOWN、TRANSFER 或 PASS");
        }
        if ("PASS".equals(kind) && blank(in.copyTo) == null) {
            v.fail("copyTo", "移交须抄送属地安委会或同级相关部门");
        }
        if (deadline != null && deadline.isBefore(today())) {
            v.fail("deadline", "期限不能早于今天");
        }
        v.throwIfInvalid();
        UnitDTO target = unit(to, "to");
        return step(actor, id, s -> {
            TipOffDTO e = s.record;
            expect(s, "交办转办", "RECEIVED", "ACCEPTED");
            if (target.id.equals(e.unit)) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "接收单位就是当前办理单位", Map.of("to", "请选择其他单位"));
            }
            if ("ASSIGN_DOWN".equals(kind) && !("county".equals(target.kind) && target.id.startsWith(e.unit + "."))) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "交办只能交给本地区下级单位", Map.of("to", "不是下级单位"));
            }
            RouteDTO r = new RouteDTO();
            r.kind = kind;
            r.from = e.unit;
            r.to = target.id;
            r.copyTo = blank(in.copyTo);
            r.deadline = deadline.toString();
            r.at = now();
            r.by = actor.name();
            e.routes.add(r);
            for (String u : new String[] {target.id, r.copyTo}) {
                if (u != null && !s.sight.contains(u)) {
                    s.sight.add(u);
                }
            }
            e.unit = target.id;
            e.jurisdiction = target.jurisdiction;
            e.status = "RECEIVED";
            e.acceptDeadline = today().plusDays(acceptDays(target.jurisdiction)).toString();
        });
    }

    @Override
    public synchronized TipOffDTO verify(Actor actor, long id, String outcome, String action, HazardDTO hazard) {
        FieldCheck v = new FieldCheck();
        String o = v.text("outcome", "核查结论", outcome, 24, true);
        String a = v.text("action", "处理措施", action, 2000, !"NOT_CONFIRMED".equals(outcome));
        if (o != null && !OUTCOMES.contains(o)) {
            v.fail("outcome", "核查结论应为 MAJOR_HAZARD、VIOLATION、CONCEALED_ACCIDENT 或 NOT_CONFIRMED");
        }
        if ("MAJOR_HAZARD".equals(o) && hazard == null) {
            v.fail("hazard", "重大事故隐患属实须列入问题隐患清单：请提供整改措施、整改单位、责任人和整改时限");
        }
        v.throwIfInvalid();
        Stored current = handling(actor, id);
        expect(current, "核查", "ACCEPTED");
        Long hazardId = null;
        if ("MAJOR_HAZARD".equals(o)) {
            HazardDTO h = new HazardDTO();
            h.unit = blank(hazard.unit) != null ? hazard.unit : current.record.unit;
            h.jurisdiction = registry.unit(h.unit).map(u -> u.jurisdiction).orElse(current.record.jurisdiction);
            h.source = HazardSource.TIP_OFF;
            h.inspectionUnit = registry.unit(current.record.unit).map(u -> u.name).orElse(current.record.unit);
            h.inspector = blank(hazard.inspector) != null ? hazard.inspector : "核查组组长";
            h.inspectionDate = today().toString();
            h.inspectionMethod = "群众举报核实";
            h.description = blank(hazard.description) != null ? hazard.description : current.record.content;
            h.major = true;
            h.listed = false;
            h.measures = hazard.measures;
            h.rectificationUnit = hazard.rectificationUnit;
            h.rectificationResponsible = hazard.rectificationResponsible;
            h.deadline = hazard.deadline;
            if (h.deadline == null) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, "输入有误：整改时限不能为空", Map.of("deadline", "整改时限不能为空"));
            }
            hazardId = hazards.create(actor, h).id;
        }
        Long linked = hazardId;
        return step(actor, id, s -> {
            s.record.status = "VERIFIED";
            s.record.outcome = o;
            s.record.outcomeAction = a;
            s.record.hazardId = linked;
        });
    }

    @Override
    public synchronized TipOffDTO close(Actor actor, long id, String reply, String report) {
        FieldCheck v = new FieldCheck();
        String r = v.text("reply", "告知举报人的核查结果", reply, 4000, true);
        String rep = v.text("report", "核查处理报告", report, 8000, true);
        v.throwIfInvalid();
        return step(actor, id, s -> {
            expect(s, "结案", "VERIFIED");
            s.record.status = "CLOSED";
            s.record.reply = r;
            s.record.report = rep;
            s.record.closedAt = now();
        });
    }

    @Override
    public synchronized TipOffDTO approveReward(Actor actor, long id, String amount, String approvedBy) {
        FieldCheck v = new FieldCheck();
        String a = v.text("amount", "奖励金额（元）", amount, 20, true);
        String by = v.text("approvedBy", "批准人（职务）", approvedBy, 200, true);
        if (a != null) {
            try {
                BigDecimal value = new BigDecimal(a);
                if (value.signum() <= 0 || value.scale() > 2) {
                    v.fail("amount", "金额应大于 0，最多两位小数");
                }
            } catch (NumberFormatException ex) {
                v.fail("amount", "金额应为数字（元）");
            }
        }
        v.throwIfInvalid();
        return step(actor, id, s -> {
            expect(s, "奖励", "VERIFIED", "CLOSED");
            if ("NOT_CONFIRMED".equals(s.record.outcome)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "举报经核查不属实，不予奖励");
            }
            if (s.record.rewardApprovedAt != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该举报已批准奖励");
            }
            s.record.rewardAmount = new BigDecimal(a).toPlainString();
            s.record.rewardApprovedBy = by;
            s.record.rewardApprovedAt = now();
        });
    }

    @Override
    public synchronized TipOffDTO payReward(Actor actor, long id, String paymentRecord) {
        FieldCheck v = new FieldCheck();
        String p = v.text("paymentRecord", "发放记录", paymentRecord, 1000, true);
        v.throwIfInvalid();
        return step(actor, id, s -> {
            if (s.record.rewardApprovedAt == null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "奖励尚未批准");
            }
            if (s.record.rewardPaidAt != null) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "奖励已发放");
            }
            s.record.rewardPaidAt = now();
            s.record.rewardPaymentRecord = p;
        });
    }

    @Override
    public synchronized TipOffDTO get(Actor actor, long id) {
        Stored s = records.stream().filter(x -> x.record.id == id && sighted(actor, x)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("举报 " + id + " 不存在或无权查看"));
        boolean handler = s.handlers.contains(actor.name());
        if (handler && !s.record.anonymous) {
            identityViews.add(actor.name() + ":" + id);
        }
        return copy(s, handler);
    }

    @Override
    public synchronized List<TipOffDTO> list(Actor actor, String jurisdiction, String status, int offset, int limit) {
        int lim = limit <= 0 ? 20 : Math.min(limit, 200);
        return records.stream().filter(s -> s.record.jurisdiction.equals(jurisdiction))
                .filter(s -> blank(status) == null || status.equals(s.record.status)).filter(s -> sighted(actor, s))
                .sorted(Comparator.comparing((Stored s) -> s.record.id).reversed()).skip(Math.max(0, offset)).limit(lim)
                .map(s -> copy(s, false)).toList();
    }

    private TipOffDTO step(Actor actor, long id, Consumer<Stored> change) {
        Stored s = handling(actor, id);
        change.accept(s);
        return copy(s, s.handlers.contains(actor.name()));
    }

    private Stored handling(Actor actor, long id) {
        Stored s = records.stream().filter(x -> x.record.id == id && sighted(actor, x)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("举报 " + id + " 不存在或无权查看"));
        if (!actor.canSee(s.record.unit)) {
            throw LuoshiException.forbidden("此举报现由其他单位办理");
        }
        return s;
    }

    private static boolean sighted(Actor actor, Stored s) {
        return actor.canSee(s.record.unit) || s.sight.stream().anyMatch(actor::canSee);
    }

    private static void expect(Stored s, String what, String... statuses) {
        if (!List.of(statuses).contains(s.record.status)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                    "举报当前为“" + LABELS.get(s.record.status) + "”，不能" + what);
        }
    }

    private TipOffDTO copy(Stored s, boolean withIdentity) {
        TipOffDTO e = s.record;
        TipOffDTO d = new TipOffDTO();
        d.id = e.id;
        d.jurisdiction = e.jurisdiction;
        d.channel = e.channel;
        d.receivedOn = e.receivedOn;
        d.unit = e.unit;
        d.registeringUnit = e.registeringUnit;
        d.subject = e.subject;
        d.content = e.content;
        d.place = e.place;
        d.anonymous = e.anonymous;
        d.replyChannel = e.replyChannel;
        if (withIdentity && !e.anonymous) {
            d.reporterName = s.name;
            d.reporterContact = s.contact;
        }
        d.identityWithheld = !e.anonymous && !withIdentity;
        d.status = e.status;
        d.acceptDeadline = e.acceptDeadline;
        d.overdue = List.of("RECEIVED", "NEEDS_MATERIAL").contains(e.status)
                && LocalDate.parse(e.acceptDeadline).isBefore(today());
        d.decisionNote = e.decisionNote;
        d.materials = new ArrayList<>(e.materials);
        d.photos = new ArrayList<>(s.photos.keySet());
        d.routes = new ArrayList<>(e.routes);
        d.outcome = e.outcome;
        d.outcomeAction = e.outcomeAction;
        d.hazardId = e.hazardId;
        d.reply = e.reply;
        d.report = e.report;
        d.closedAt = e.closedAt;
        if ("CLOSED".equals(e.status)) {
            for (RouteDTO r : e.routes) {
                if (!r.from.equals(e.unit) && !d.reportedTo.contains(r.from)) {
                    d.reportedTo.add(r.from);
                }
            }
        }
        d.rewardAmount = e.rewardAmount;
        d.rewardApprovedBy = e.rewardApprovedBy;
        d.rewardApprovedAt = e.rewardApprovedAt;
        d.rewardPaidAt = e.rewardPaidAt;
        d.rewardPaymentRecord = e.rewardPaymentRecord;
        d.registeredBy = e.registeredBy;
        return d;
    }

    private UnitDTO unit(String id, String field) {
        return registry.unit(id).orElseThrow(() -> new LuoshiException(LuoshiException.Kind.INVALID,
                "单位 “" + id + "” 不存在", Map.of(field, "未知单位")));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
