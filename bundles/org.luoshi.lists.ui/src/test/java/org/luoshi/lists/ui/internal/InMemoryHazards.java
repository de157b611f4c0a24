package org.luoshi.lists.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.ui.internal.InMemoryServices;

/**
 * Module lists (问题隐患整改清单): a list-backed hazard list; refuses a missing description and an inspection date after
 * today, like the real one.
 */
public final class InMemoryHazards implements HazardService {
    public final List<HazardDTO> records = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized HazardDTO create(Actor actor, HazardDTO in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.description == null || in.description.isBlank()) {
            errors.put("description", "问题隐患描述不能为空");
        }
        LocalDate inspected = in.inspectionDate == null ? null : LocalDate.parse(in.inspectionDate);
        if (inspected != null && inspected.isAfter(LocalDate.now(InMemoryServices.ZONE))) {
            errors.put("inspectionDate", "检查时间不能晚于今天");
        }
        if (!errors.isEmpty()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "输入有误：" + String.join("；", errors.values()),
                    errors);
        }
        if (!actor.canSee(in.unit)) {
            throw LuoshiException.forbidden("无权为该单位登记隐患");
        }
        HazardDTO h = copy(in);
        h.id = ids.incrementAndGet();
        h.status = HazardStatus.REGISTERED;
        h.createdBy = actor.name();
        h.version = 1L;
        records.add(h);
        return withOverdue(copy(h));
    }

    @Override
    public synchronized HazardDTO get(Actor actor, long id) {
        return records.stream().filter(h -> h.id == id && actor.canSee(h.unit)).findFirst().map(this::copy)
                .map(this::withOverdue).orElseThrow(() -> LuoshiException.notFound("隐患 " + id + " 不存在或无权查看"));
    }

    @Override
    public synchronized HazardDTO updateProgress(Actor actor, long id, ProgressUpdateDTO update) {
        HazardDTO h = records.stream().filter(r -> r.id == id && actor.canSee(r.unit)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("隐患 " + id + " 不存在或无权查看"));
        if (update.progress == null || update.progress.isBlank()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "整改完成情况不能为空",
                    Map.of("progress", "整改完成情况不能为空"));
        }
        if (update.version != null && !update.version.equals(h.version)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该隐患已被他人修改，请刷新后重试");
        }
        if (h.status == HazardStatus.ACCEPTED || h.status == HazardStatus.REPORTED) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                    "隐患当前状态为“" + h.status.label() + "”，不能再更新整改进度");
        }
        h.status = update.status;
        h.progress = update.progress;
        h.completedOn = update.completedOn;
        if (update.recurrencePrevention != null) {
            h.recurrencePrevention = update.recurrencePrevention;
        }
        h.version = h.version + 1;
        return withOverdue(copy(h));
    }

    @Override
    public synchronized HazardPage list(Actor actor, HazardQuery q) {
        List<HazardDTO> matching = records.stream().filter(h -> actor.canSee(h.unit))
                .filter(h -> q.jurisdiction == null || q.jurisdiction.equals(h.jurisdiction))
                .filter(h -> q.unit == null || h.unit.equals(q.unit) || h.unit.startsWith(q.unit + "."))
                .filter(h -> q.source == null || q.source == h.source)
                .filter(h -> q.major == null || q.major.equals(Boolean.TRUE.equals(h.major)))
                .filter(h -> q.status == null || q.status == h.status)
                .filter(h -> q.text == null || (h.description != null && h.description.contains(q.text)))
                .filter(h -> q.listed == null || q.listed.equals(Boolean.TRUE.equals(h.listed)))
                .filter(h -> q.foundFrom == null
                        || (h.inspectionDate != null && h.inspectionDate.compareTo(q.foundFrom) >= 0))
                .filter(h -> q.foundTo == null
                        || (h.inspectionDate != null && h.inspectionDate.compareTo(q.foundTo) <= 0))
                .filter(h -> q.rectifiedBy == null
                        || ((h.status == HazardStatus.REPORTED || h.status == HazardStatus.ACCEPTED)
                                && h.completedOn != null && h.completedOn.compareTo(q.rectifiedBy) <= 0))
                .map(this::copy).map(this::withOverdue)
                .filter(h -> q.overdue == null || q.overdue == h.overdue)
                .sorted(Comparator.comparing((HazardDTO h) -> h.id).reversed()).toList();
        HazardPage page = new HazardPage();
        page.total = matching.size();
        page.offset = q.offset;
        page.limit = q.limit;
        page.items = new ArrayList<>(matching.stream().skip(q.offset).limit(q.limit).toList());
        return page;
    }

    /** The rules of the real service: required fields first, then the record, the version, the state. */
    @Override
    public synchronized HazardDTO review(Actor actor, long id, HazardReviewDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        FieldCheck v = new FieldCheck();
        String review = v.text("review", in.passed ? "复查验收情况" : "退回理由", in.review, 4000, true);
        String unit = v.text("reviewUnit", "复查单位", in.reviewUnit, 200, true);
        String reviewer = v.text("reviewer", "复查责任人", in.reviewer, 100, true);
        v.throwIfInvalid();
        HazardDTO h = records.stream().filter(r -> r.id == id && actor.canSee(r.unit)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("隐患 " + id + " 不存在或无权查看"));
        if (in.version != null && !in.version.equals(h.version)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该隐患已被他人修改，请刷新后重试");
        }
        if (h.status != HazardStatus.REPORTED) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT,
                    "隐患当前状态为“" + h.status.label() + "”，只有整改完成待验收的隐患才能复查验收");
        }
        h.reviewUnit = unit;
        h.reviewer = reviewer;
        if (in.passed) {
            h.review = review;
            h.status = HazardStatus.ACCEPTED;
        } else {
            h.review = "退回（" + LocalDate.now(InMemoryServices.ZONE) + "）：" + review;
            h.completedOn = null;
            h.status = HazardStatus.RECTIFYING;
        }
        h.version = h.version + 1;
        return withOverdue(copy(h));
    }

    @Override
    public synchronized HazardDTO markListed(Actor actor, long id) {
        HazardDTO h = records.stream().filter(r -> r.id == id && actor.canSee(r.unit)).findFirst()
                .orElseThrow(() -> LuoshiException.notFound("隐患 " + id + " 不存在或无权查看"));
        if (!Boolean.TRUE.equals(h.major)) {
            throw LuoshiException.invalid("只有重大事故隐患才能挂牌督办");
        }
        h.listed = true;
        h.version = h.version + 1;
        return withOverdue(copy(h));
    }

    private HazardDTO withOverdue(HazardDTO h) {
        h.overdue = h.deadline != null && LocalDate.parse(h.deadline).isBefore(LocalDate.now(InMemoryServices.ZONE))
                && (h.status == HazardStatus.REGISTERED || h.status == HazardStatus.RECTIFYING);
        return h;
    }

    private HazardDTO copy(HazardDTO in) {
        HazardDTO h = new HazardDTO();
        h.id = in.id;
        h.jurisdiction = in.jurisdiction;
        h.unit = in.unit;
        h.source = in.source;
        h.inspectionUnit = in.inspectionUnit;
        h.inspector = in.inspector;
        h.inspectionDate = in.inspectionDate;
        h.inspectionMethod = in.inspectionMethod;
        h.description = in.description;
        h.major = in.major;
        h.listed = in.listed;
        h.measures = in.measures;
        h.rectificationUnit = in.rectificationUnit;
        h.rectificationResponsible = in.rectificationResponsible;
        h.deadline = in.deadline;
        h.progress = in.progress;
        h.completedOn = in.completedOn;
        h.recurrencePrevention = in.recurrencePrevention;
        h.review = in.review;
        h.reviewUnit = in.reviewUnit;
        h.reviewer = in.reviewer;
        h.status = in.status;
        h.createdBy = in.createdBy;
        h.version = in.version;
        return h;
    }
}
