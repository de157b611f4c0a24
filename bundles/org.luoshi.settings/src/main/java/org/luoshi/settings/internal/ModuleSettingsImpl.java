package org.luoshi.settings.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.settings.ModuleDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.settings.SettingChangeDTO;
import org.luoshi.api.settings.SettingDTO;
import org.luoshi.api.settings.SettingDefinitionDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * 模块配置 on JPA. A scope is a unit of the kind province, city or county; the effective value at a unit is the one set
 * at the nearest scope at or above it, else the innermost region plugin's that says, else the declared default. Who may
 * change what is decided here: administrators anywhere; anyone else at their own unit's scopes and those below. Every
 * change is a history row and an audit entry in the same transaction. Values are read from a snapshot of the table that
 * is at most two seconds old (another node's change shows within that), renewed at once after a change here.
 */
@Component(service = ModuleSettings.class)
public class ModuleSettingsImpl implements ModuleSettings {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Set<String> SCOPE_KINDS = Set.of("province", "city", "county");
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final Declarations declarations;
    private final AuditTrail audit;
    private volatile Snapshot snapshot;

    /** The table as read at {@code at}: scope → "module key" → value. */
    private record Snapshot(Map<String, Map<String, String>> values, long at) {
    }

    /** An effective value and where it came from. */
    record Effective(String value, String source, String sourceScope) {
    }

    @Activate
    public ModuleSettingsImpl(@Reference(target = "(osgi.unit.name=luoshi-settings)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference Declarations declarations,
            @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.declarations = declarations;
        this.audit = audit;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @Override
    public boolean enabled(String module, String unit) {
        return !"false".equalsIgnoreCase(value(module, ENABLED, unit));
    }

    @Override
    public String value(String module, String key, String unit) {
        return effective(module, key, unit).value();
    }

    @Override
    public List<ModuleDTO> modules() {
        return declarations.modules();
    }

    Effective effective(String module, String key, String unit) {
        String k = module + " " + key;
        Map<String, Map<String, String>> values = values();
        for (String scope : scopes(unit)) {
            String v = values.getOrDefault(scope, Map.of()).get(k);
            if (v != null) {
                return new Effective(v, level(scope), scope);
            }
        }
        for (JurisdictionDTO j : plugins(unit)) {
            String v = jurisdictions.settings(j.id, module).get(key);
            if (v != null) {
                return new Effective(v, SettingDTO.PLUGIN, j.unit);
            }
        }
        String d = declarations.module(module).flatMap(m -> m.setting(key)).map(s -> s.defaultValue)
                .orElse(ENABLED.equals(key) ? "true" : null);
        return new Effective(d, SettingDTO.DEFAULT, null);
    }

    /** The scopes at and above a unit, nearest first: its prefixes that are units of the kind province, city, county. */
    List<String> scopes(String unit) {
        List<String> out = new ArrayList<>();
        if (unit == null) {
            return out;
        }
        java.util.Set<String> roots = roots();
        String u = unit;
        while (true) {
            if (isScope(u, roots)) {
                out.add(u);
            }
            int dot = u.lastIndexOf('.');
            if (dot < 0) {
                return out;
            }
            u = u.substring(0, dot);
        }
    }

    /** A unit of the kind province, city or county, or the unit of a jurisdiction ({@code roots}: those units). */
    private boolean isScope(String unit, java.util.Set<String> roots) {
        Optional<UnitDTO> u = jurisdictions.unit(unit);
        return u.isPresent() && SCOPE_KINDS.contains(u.get().kind) || roots.contains(unit);
    }

    /** The units of the installed jurisdictions, read once per question (a write asks on every call). */
    private java.util.Set<String> roots() {
        java.util.Set<String> roots = new java.util.HashSet<>();
        jurisdictions.jurisdictions().forEach(j -> roots.add(j.unit));
        return roots;
    }

    private String level(String scope) {
        return jurisdictions.unit(scope).map(u -> u.kind).filter(SCOPE_KINDS::contains)
                .orElseGet(() -> jurisdictions.jurisdictions().stream().filter(j -> scope.equals(j.unit))
                        .map(j -> j.level).findFirst().orElse(SettingDTO.COUNTY));
    }

    /** The region plugins whose jurisdiction contains the unit, innermost first. */
    private List<JurisdictionDTO> plugins(String unit) {
        if (unit == null) {
            return List.of();
        }
        return jurisdictions.jurisdictions().stream()
                .filter(j -> j.unit != null && (unit.equals(j.unit) || unit.startsWith(j.unit + ".")))
                .sorted(Comparator.comparingInt((JurisdictionDTO j) -> j.unit.length()).reversed()).toList();
    }

    private Map<String, Map<String, String>> values() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.at > FRESH_NANOS) {
            s = reload();
        }
        return s.values;
    }

    private Snapshot reload() {
        Map<String, Map<String, String>> values = new HashMap<>();
        for (SettingEntity e : jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s FROM SettingEntity s",
                SettingEntity.class).getResultList())) {
            values.computeIfAbsent(e.scope, x -> new HashMap<>()).put(e.module + " " + e.key, e.value);
        }
        Snapshot s = new Snapshot(values, System.nanoTime());
        snapshot = s;
        return s;
    }

    @Override
    public List<SettingDTO> settings(Actor actor, String scope, String module) {
        String s = scope(scope);
        if (!admin(actor) && !actor.canSee(s) && !actor.belongsTo(s)) {
            throw LuoshiException.forbidden("无权查看该单位的模块配置");
        }
        boolean editable = mayChange(actor, s);
        Map<String, String> own = values().getOrDefault(s, Map.of());
        List<SettingDTO> out = new ArrayList<>();
        for (ModuleDTO m : declarations.modules()) {
            if (module != null && !module.isBlank() && !m.id.equals(module)) {
                continue;
            }
            for (SettingDefinitionDTO d : m.settings) {
                Effective e = effective(m.id, d.key, s);
                SettingDTO dto = new SettingDTO();
                dto.scope = s;
                dto.scopeName = unitName(s);
                dto.module = m.id;
                dto.moduleLabel = m.label;
                dto.key = d.key;
                dto.label = d.label;
                dto.type = d.type;
                dto.value = e.value();
                dto.source = e.source();
                dto.sourceScope = e.sourceScope();
                dto.sourceName = e.sourceScope() == null ? null : unitName(e.sourceScope());
                dto.own = own.containsKey(m.id + " " + d.key);
                dto.editable = editable;
                out.add(dto);
            }
        }
        return out;
    }

    // ---- changing -------------------------------------------------------------------------------------------------

    @Override
    public SettingDTO set(Actor actor, String scope, String module, String key, String value) {
        actor.requireWrite(); // also when nothing would change (no audit entry to refuse it)
        String s = scope(scope);
        if (!mayChange(actor, s)) {
            throw LuoshiException.forbidden("只能修改本单位及下级的模块配置，不能修改上级的");
        }
        Declarations.Declared m = declarations.module(module == null ? "" : module)
                .orElseThrow(() -> LuoshiException.notFound("没有这个模块：" + shown(module)));
        SettingDefinitionDTO d = m.setting(key == null ? "" : key)
                .orElseThrow(() -> LuoshiException.notFound(m.module().label + "模块没有这项设置"));
        String v = value == null ? null : validate(m, d, value.strip());
        jpa.tx(TransactionType.Required, em -> change(em, actor, s, module, key, v, null));
        reload();
        return settings(actor, s, module).stream().filter(x -> x.key.equals(key)).findFirst().orElseThrow();
    }

    /** Writes one change (a no-op when the value is what is set already) with its history row and audit entry. */
    private boolean change(EntityManager em, Actor actor, String scope, String module, String key, String value,
            String note) {
        List<SettingEntity> found = em.createQuery("SELECT s FROM SettingEntity s WHERE s.scope = ?1 AND s.module = ?2 "
                + "AND s.key = ?3", SettingEntity.class).setParameter(1, scope).setParameter(2, module)
                .setParameter(3, key).getResultList();
        SettingEntity e = found.isEmpty() ? null : found.get(0);
        String before = e == null ? null : e.value;
        if (Objects.equals(before, value)) {
            return false;
        }
        if (value == null) {
            em.remove(e);
        } else if (e == null) {
            e = new SettingEntity();
            e.scope = scope;
            e.module = module;
            e.key = key;
            e.value = value;
            em.persist(e);
        } else {
            e.value = value;
        }
        SettingChangeEntity c = new SettingChangeEntity();
        c.scope = scope;
        c.module = module;
        c.key = key;
        c.before = before;
        c.after = value;
        c.author = actor.name();
        c.at = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        c.note = note;
        em.persist(c);
        em.flush();
        audit.append(actor, "setting.change", "setting", scope + "/" + module + "/" + key, json(before),
                json(value));
        return true;
    }

    @Override
    public List<SettingChangeDTO> history(Actor actor, String scope) {
        String s = scope(scope);
        if (!admin(actor) && !actor.canSee(s) && !actor.belongsTo(s)) {
            throw LuoshiException.forbidden("无权查看该单位的模块配置");
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM SettingChangeEntity c "
                + "WHERE c.scope = ?1 ORDER BY c.id DESC", SettingChangeEntity.class).setParameter(1, s)
                .setMaxResults(1000).getResultList()).stream().map(this::toDto).toList();
    }

    @Override
    public List<SettingChangeDTO> diff(Actor actor, String scope, long from, long to) {
        String s = scope(scope);
        if (!admin(actor) && !actor.canSee(s) && !actor.belongsTo(s)) {
            throw LuoshiException.forbidden("无权查看该单位的模块配置");
        }
        if (from < 0 || to < 0) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "版本号无效", Map.of("from", "版本号无效"));
        }
        List<SettingChangeEntity> all = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM SettingChangeEntity c WHERE c.scope = ?1 ORDER BY c.id", SettingChangeEntity.class)
                .setParameter(1, s).getResultList());
        Map<String, SettingChangeEntity> keys = new LinkedHashMap<>();
        Map<String, String> atFrom = new HashMap<>();
        Map<String, String> atTo = new HashMap<>();
        for (SettingChangeEntity c : all) {
            String k = c.module + " " + c.key;
            keys.putIfAbsent(k, c);
            if (c.id <= from) {
                atFrom.put(k, c.after);
            }
            if (c.id <= to) {
                atTo.put(k, c.after);
            }
        }
        List<SettingChangeDTO> out = new ArrayList<>();
        for (Map.Entry<String, SettingChangeEntity> k : keys.entrySet()) {
            if (!Objects.equals(atFrom.get(k.getKey()), atTo.get(k.getKey()))) {
                SettingChangeDTO d = toDto(k.getValue());
                d.version = to;
                d.before = atFrom.get(k.getKey());
                d.after = atTo.get(k.getKey());
                d.author = null;
                d.at = null;
                d.note = "第 " + from + " 版 → 第 " + to + " 版";
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public List<SettingChangeDTO> rollback(Actor actor, String scope, long version) {
        actor.requireWrite();
        String s = scope(scope);
        if (!mayChange(actor, s)) {
            throw LuoshiException.forbidden("只能回退本单位及下级的模块配置");
        }
        if (version < 0) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "版本号无效", Map.of("version", "版本号无效"));
        }
        int[] made = {0};
        jpa.tx(TransactionType.Required, em -> {
            List<SettingChangeEntity> all = em.createQuery("SELECT c FROM SettingChangeEntity c WHERE c.scope = ?1 "
                    + "ORDER BY c.id", SettingChangeEntity.class).setParameter(1, s).getResultList();
            if (version > 0 && all.stream().noneMatch(c -> c.id == version)) {
                throw LuoshiException.notFound("该单位的配置历史中没有第 " + version + " 版");
            }
            // the value of every setting ever changed here, as it was right after the version
            Map<String, String> then = new LinkedHashMap<>();
            Map<String, String[]> keys = new LinkedHashMap<>();
            for (SettingChangeEntity c : all) {
                String k = c.module + " " + c.key;
                keys.putIfAbsent(k, new String[] {c.module, c.key});
                if (c.id <= version) {
                    then.put(k, c.after);
                }
            }
            for (Map.Entry<String, String[]> k : keys.entrySet()) {
                String[] mk = k.getValue();
                if (change(em, actor, s, mk[0], mk[1], then.get(k.getKey()), "回退到第 " + version + " 版")) {
                    made[0]++;
                }
            }
        });
        reload();
        return history(actor, s).subList(0, made[0]);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private String scope(String scope) {
        if (scope == null || scope.isBlank() || scope.length() > 200 || !isScope(scope.strip(), roots())) {
            throw LuoshiException.notFound("没有这个辖区（省、市、县）：" + shown(scope));
        }
        return scope.strip();
    }

    private static boolean admin(Actor actor) {
        return actor.roles().contains(Actor.ROLE_ADMIN);
    }

    /** Administrators anywhere; anyone else at a scope that is their unit or lies below it. */
    private static boolean mayChange(Actor actor, String scope) {
        return admin(actor) || actor.canSee(scope);
    }

    /** The value checked against its definition (type, options, the MetaType range), as it is stored. */
    private static String validate(Declarations.Declared m, SettingDefinitionDTO d, String value) {
        String label = "“" + d.label + "”";
        String error = null;
        if (value.length() > 2000) {
            error = label + "过长";
        } else if (d.type.equals("BOOLEAN")) {
            if (!value.equals("true") && !value.equals("false")) {
                error = label + "只能是 true 或 false";
            }
        } else if (d.type.equals("INTEGER")) {
            try {
                Long.parseLong(value);
            } catch (NumberFormatException e) {
                error = label + "须为整数";
            }
        }
        if (error == null && !d.options.isEmpty() && !d.options.contains(value)) {
            error = label + "须为以下之一：" + String.join("；", d.optionLabels);
        }
        AttributeDefinition ad = m.attributes().get(d.key);
        if (error == null && ad != null) {
            String v = ad.validate(value);
            if (v != null && !v.isEmpty()) {
                error = label + "超出允许的范围";
            }
        }
        if (error != null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, error, Map.of("value", error));
        }
        return value;
    }

    private String unitName(String unit) {
        return jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
    }

    private SettingChangeDTO toDto(SettingChangeEntity c) {
        SettingChangeDTO d = new SettingChangeDTO();
        d.version = c.id;
        d.scope = c.scope;
        d.module = c.module;
        d.key = c.key;
        d.label = declarations.module(c.module).flatMap(m -> m.setting(c.key)).map(s -> s.label).orElse(c.key);
        d.before = c.before;
        d.after = c.after;
        d.author = c.author;
        d.at = c.at.toString();
        d.note = c.note;
        return d;
    }

    private static String shown(String s) {
        return s == null ? "" : s.matches("[A-Za-z0-9._-]{1,100}") ? s : "（无效）";
    }

    private static String json(String value) {
        return value == null ? null : "{\"value\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
