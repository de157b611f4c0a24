package org.luoshi.ui.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.settings.ModuleDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.settings.SettingChangeDTO;
import org.luoshi.api.settings.SettingDTO;
import org.luoshi.api.settings.SettingDefinitionDTO;

/**
 * 模块配置 in memory for the UI tests, layered as the real one: a value set at the nearest scope (a unit of the kind
 * province, city or county) at or above a unit wins, else the region plugin's ({@link #plugin}, for the units of the
 * registry's one jurisdiction), else the default. Two modules: 问题线索核查 (tipoffs: enabled, acceptDays 1–60) and
 * 提醒提示督办函 (letters: enabled, ladder with options, responseDays 1–90). Administrators change anything, others their
 * own unit's scope and below; every change is a version of the history.
 */
public final class InMemorySettings implements ModuleSettings {
    private static final Set<String> SCOPE_KINDS = Set.of("province", "city", "county");

    private final JurisdictionRegistry registry;
    /** scope → "module key" → value. */
    public final Map<String, Map<String, String>> values = new HashMap<>();
    /** The region plugin's values ("module key" → value), for every unit of the registry. */
    public final Map<String, String> plugin = new HashMap<>();
    private final List<SettingChangeDTO> changes = new ArrayList<>();
    private final List<ModuleDTO> modules = List.of(
            module("letters", "提醒提示督办函",
                    definition("ladder", "逐级督促顺序", "STRING", "REMINDER,NOTICE,SUPERVISION",
                            "REMINDER,NOTICE,SUPERVISION", "提醒函 → 提示函 → 督办函", "REMINDER,SUPERVISION", "提醒函 → 督办函",
                            "SUPERVISION", "只发督办函"),
                    definition("responseDays", "回复期限（日）", "INTEGER", "10")),
            module("tipoffs", "问题线索核查", definition("acceptDays", "受理时限（日）", "INTEGER", "5")));

    public InMemorySettings(JurisdictionRegistry registry) {
        this.registry = registry;
        plugin.put("letters responseDays", "7");
    }

    private static ModuleDTO module(String id, String label, SettingDefinitionDTO... settings) {
        ModuleDTO m = new ModuleDTO();
        m.id = id;
        m.label = label;
        m.settings.add(definition(ENABLED, "启用本模块", "BOOLEAN", "true"));
        m.settings.addAll(List.of(settings));
        return m;
    }

    private static SettingDefinitionDTO definition(String key, String label, String type, String defaultValue,
            String... options) {
        SettingDefinitionDTO d = new SettingDefinitionDTO();
        d.key = key;
        d.label = label;
        d.type = type;
        d.defaultValue = defaultValue;
        for (int i = 0; i + 1 < options.length; i += 2) {
            d.options.add(options[i]);
            d.optionLabels.add(options[i + 1]);
        }
        return d;
    }

    @Override
    public synchronized boolean enabled(String module, String unit) {
        return !"false".equals(value(module, ENABLED, unit));
    }

    @Override
    public synchronized String value(String module, String key, String unit) {
        return effective(module, key, unit)[0];
    }

    /** The value, its source and the scope setting it. */
    private String[] effective(String module, String key, String unit) {
        for (String u = unit; u != null; u = u.contains(".") ? u.substring(0, u.lastIndexOf('.')) : null) {
            String v = values.getOrDefault(u, Map.of()).get(module + " " + key);
            if (v != null && isScope(u)) {
                return new String[] {v, registry.unit(u).map(x -> x.kind).orElse(SettingDTO.COUNTY), u};
            }
        }
        String p = plugin.get(module + " " + key);
        if (p != null && unit != null && registry.unit(unit).isPresent()) {
            return new String[] {p, SettingDTO.PLUGIN, null};
        }
        String d = definition(module, key).map(x -> x.defaultValue).orElse(ENABLED.equals(key) ? "true" : null);
        return new String[] {d, SettingDTO.DEFAULT, null};
    }

    private boolean isScope(String unit) {
        return registry.unit(unit).map(u -> SCOPE_KINDS.contains(u.kind)).orElse(false);
    }

    private java.util.Optional<SettingDefinitionDTO> definition(String module, String key) {
        return modules.stream().filter(m -> m.id.equals(module)).flatMap(m -> m.settings.stream())
                .filter(d -> d.key.equals(key)).findFirst();
    }

    @Override
    public List<ModuleDTO> modules() {
        return modules;
    }

    @Override
    public synchronized List<SettingDTO> settings(Actor actor, String scope, String module) {
        scope(scope);
        if (!admin(actor) && !actor.canSee(scope) && !actor.belongsTo(scope)) {
            throw LuoshiException.forbidden("无权查看该单位的模块配置");
        }
        List<SettingDTO> out = new ArrayList<>();
        for (ModuleDTO m : modules) {
            if (module != null && !m.id.equals(module)) {
                continue;
            }
            for (SettingDefinitionDTO d : m.settings) {
                String[] e = effective(m.id, d.key, scope);
                SettingDTO s = new SettingDTO();
                s.scope = scope;
                s.scopeName = name(scope);
                s.module = m.id;
                s.moduleLabel = m.label;
                s.key = d.key;
                s.label = d.label;
                s.type = d.type;
                s.value = e[0];
                s.source = e[1];
                s.sourceScope = e[2];
                s.sourceName = e[2] == null ? null : name(e[2]);
                s.own = values.getOrDefault(scope, Map.of()).containsKey(m.id + " " + d.key);
                s.editable = admin(actor) || actor.canSee(scope);
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public synchronized SettingDTO set(Actor actor, String scope, String module, String key, String value) {
        scope(scope);
        if (!admin(actor) && !actor.canSee(scope)) {
            throw LuoshiException.forbidden("只能修改本单位及下级的模块配置，不能修改上级的");
        }
        SettingDefinitionDTO d = definition(module, key).orElseThrow(() -> LuoshiException.notFound("没有这项设置"));
        if (value != null) {
            String error = null;
            if ("BOOLEAN".equals(d.type) && !value.equals("true") && !value.equals("false")) {
                error = "“" + d.label + "”只能是 true 或 false";
            } else if ("INTEGER".equals(d.type)) {
                int max = key.equals("acceptDays") ? 60 : 90;
                try {
                    long n = Long.parseLong(value);
                    if (n < 1 || n > max) {
                        error = "“" + d.label + "”超出允许的范围";
                    }
                } catch (NumberFormatException e) {
                    error = "“" + d.label + "”须为整数";
                }
            } else if (!d.options.isEmpty() && !d.options.contains(value)) {
                error = "“" + d.label + "”须为以下之一：" + String.join("；", d.optionLabels);
            }
            if (error != null) {
                throw new LuoshiException(LuoshiException.Kind.INVALID, error, Map.of("value", error));
            }
        }
        change(actor, scope, module, key, value, null);
        return settings(actor, scope, module).stream().filter(s -> s.key.equals(key)).findFirst().orElseThrow();
    }

    private boolean change(Actor actor, String scope, String module, String key, String value, String note) {
        Map<String, String> own = values.computeIfAbsent(scope, s -> new LinkedHashMap<>());
        String before = own.get(module + " " + key);
        if (Objects.equals(before, value)) {
            return false;
        }
        if (value == null) {
            own.remove(module + " " + key);
        } else {
            own.put(module + " " + key, value);
        }
        SettingChangeDTO c = new SettingChangeDTO();
        c.version = changes.size() + 1;
        c.scope = scope;
        c.module = module;
        c.key = key;
        c.label = definition(module, key).map(d -> d.label).orElse(key);
        c.before = before;
        c.after = value;
        c.author = actor.name();
        c.at = LocalDateTime.now(InMemoryServices.ZONE).truncatedTo(ChronoUnit.SECONDS).toString();
        c.note = note;
        changes.add(c);
        return true;
    }

    @Override
    public synchronized List<SettingChangeDTO> history(Actor actor, String scope) {
        scope(scope);
        if (!admin(actor) && !actor.canSee(scope) && !actor.belongsTo(scope)) {
            throw LuoshiException.forbidden("无权查看该单位的模块配置");
        }
        return changes.stream().filter(c -> c.scope.equals(scope)).sorted((a, b) -> Long.compare(b.version, a.version))
                .toList();
    }

    @Override
    public synchronized List<SettingChangeDTO> rollback(Actor actor, String scope, long version) {
        scope(scope);
        if (!admin(actor) && !actor.canSee(scope)) {
            throw LuoshiException.forbidden("只能回退本单位及下级的模块配置");
        }
        List<SettingChangeDTO> mine = changes.stream().filter(c -> c.scope.equals(scope)).toList();
        if (version > 0 && mine.stream().noneMatch(c -> c.version == version)) {
            throw LuoshiException.notFound("该单位的配置历史中没有第 " + version + " 版");
        }
        Map<String, String> then = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (SettingChangeDTO c : mine) {
            keys.putIfAbsent(c.module + " " + c.key, new String[] {c.module, c.key});
            if (c.version <= version) {
                then.put(c.module + " " + c.key, c.after);
            }
        }
        int made = 0;
        for (Map.Entry<String, String[]> k : keys.entrySet()) {
            if (change(actor, scope, k.getValue()[0], k.getValue()[1], then.get(k.getKey()), "回退到第 " + version + " 版")) {
                made++;
            }
        }
        return history(actor, scope).subList(0, made);
    }

    private void scope(String scope) {
        if (scope == null || !isScope(scope)) {
            throw LuoshiException.notFound("没有这个辖区（省、市、县）：" + scope);
        }
    }

    private String name(String unit) {
        return registry.unit(unit).map(u -> u.name).orElse(unit);
    }

    private static boolean admin(Actor actor) {
        return actor.roles().contains(Actor.ROLE_ADMIN);
    }

    @Override
    public List<SettingChangeDTO> diff(Actor actor, String scope, long from, long to) {
        throw new LuoshiException(LuoshiException.Kind.UNAVAILABLE, "版本差异不在界面测试之列");
    }
}
