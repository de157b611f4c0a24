package org.luoshi.ui.internal;

import java.lang.annotation.Annotation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.security.Authenticator;
import org.luoshi.ui.kit.ViewContribution;

/**
 * The shared harness of the in-memory UI tests: starts the UI outside OSGi, binds services and view contributions, and
 * the mandatory services every test uses (one jurisdiction, a few users). Shared with the modules' UI bundles through
 * the test-jar of org.luoshi.ui; each module's fakes ({@code InMemoryHazards}, {@code InMemoryTasks}, ...) live in its
 * own UI bundle.
 */
public final class InMemoryServices {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private InMemoryServices() {
    }

    /**
     * Starts the UI outside OSGi with the mandatory services, binds the view contributions given (as DS would bind each
     * module's one contribution) and every mechanism fake given (each under the service interfaces it implements), as DS
     * would bind them after the constructor. The shell knows no module: the caller names the modules it tests.
     */
    public static UiServer start(UiServer.Config config, JurisdictionRegistry registry, Authenticator users,
            List<? extends ViewContribution> views, Object... mechanisms) {
        UiServer server = new UiServer(registry, users, config, null);
        views.forEach(server::addViews);
        for (Object service : mechanisms) {
            bind(server.services(), service);
        }
        return server;
    }

    /** The configuration of a test server: {@code port} (0: any free port) on {@code host}. */
    public static UiServer.Config config(int port, String host) {
        return config(port, host, "", "");
    }

    /** As {@link #config(int, String)}, over HTTPS with the PKCS12 key store given (empty: plain HTTP). */
    public static UiServer.Config config(int port, String host, String keystore, String password) {
        return new UiServer.Config() {
            @Override
            public String keystore() {
                return keystore;
            }

            @Override
            public String keystorePassword() {
                return password;
            }

            @Override
            public String keystoreType() {
                return "PKCS12";
            }

            @Override
            public long hstsSeconds() {
                return 31536000;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return UiServer.Config.class;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String host() {
                return host;
            }
        };
    }

    /** Puts {@code service} into {@code services} under every interface it implements. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void bind(UiServices services, Object service) {
        Set<Class<?>> types = interfaces(service.getClass());
        if (types.isEmpty()) {
            throw new IllegalArgumentException("not a service: " + service);
        }
        for (Class type : types) {
            services.put(type, service);
        }
    }

    /** Takes {@code service} out of {@code services} under every interface it implements. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void unbind(UiServices services, Object service) {
        for (Class type : interfaces(service.getClass())) {
            services.remove(type, service);
        }
    }

    private static Set<Class<?>> interfaces(Class<?> type) {
        Set<Class<?>> all = new java.util.LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                all.add(i);
            }
        }
        return all;
    }

    /** One city jurisdiction (朔州市) with four units (the office, a county, two departments) and three catalog tasks. */
    public static final class Registry implements JurisdictionRegistry {
        public final JurisdictionDTO shuozhou = jurisdiction("shuozhou", "朔州市", "city", "shanxi", "2022.1", "shanxi.shuozhou");
        public final List<UnitDTO> units;

        public Registry() {
            this(List.of());
        }

        /** With further units (e.g. the public security of the transfer tests) beside the four of every test. */
        public Registry(List<UnitDTO> extra) {
            List<UnitDTO> all = new ArrayList<>(List.of(unit("shanxi.shuozhou", "朔州市安委办", "city", null),
                    unit("shanxi.shuozhou.fgw", "朔州市发展和改革委员会", "department", "shanxi.shuozhou"),
                    unit("shanxi.shuozhou.shuocheng", "朔城区", "county", "shanxi.shuozhou"),
                    unit("shanxi.shuozhou.yingji", "市应急局", "department", "shanxi.shuozhou")));
            all.addAll(extra);
            units = List.copyOf(all);
        }
        public final List<CatalogTaskDTO> catalog = List.of(
                task(1, "（一）建立完善安全生产责任体系", "制定党政领导干部安全生产责任制实施细则", "市委组织部、市应急局", "5月底前"),
                task(2, "（二）开展重大事故隐患专项排查整治", "组织全市重点行业领域企业开展隐患自查自改", "市安委会各成员单位", "长期坚持"),
                // a misprint of the source document, kept as printed
                task(3, "（三）建立健全12341工作机制", "畅通举报渠道，落实举报奖励制度", "市应急局", "5月10月底前"));

        @Override
        public List<JurisdictionDTO> jurisdictions() {
            return List.of(shuozhou);
        }

        @Override
        public Optional<JurisdictionDTO> jurisdiction(String id) {
            return shuozhou.id.equals(id) ? Optional.of(shuozhou) : Optional.empty();
        }

        @Override
        public Optional<List<CatalogTaskDTO>> catalog(String id) {
            return shuozhou.id.equals(id) ? Optional.of(catalog) : Optional.empty();
        }

        @Override
        public Optional<List<UnitDTO>> units(String jurisdictionId) {
            return shuozhou.id.equals(jurisdictionId) ? Optional.of(units) : Optional.empty();
        }

        /** No reporting cycles declared in the tests. */
        @Override
        public Optional<List<org.luoshi.api.cycle.CycleDTO>> cycles(String jurisdictionId) {
            return shuozhou.id.equals(jurisdictionId) ? Optional.of(List.of()) : Optional.empty();
        }

        @Override
        public Optional<UnitDTO> unit(String unitId) {
            return units.stream().filter(u -> u.id.equals(unitId)).findFirst();
        }

        private static JurisdictionDTO jurisdiction(String id, String name, String level, String parent, String version,
                String unit) {
            JurisdictionDTO j = new JurisdictionDTO();
            j.id = id;
            j.name = name;
            j.level = level;
            j.parent = parent;
            j.version = version;
            j.unit = unit;
            return j;
        }

        public static UnitDTO unit(String id, String name, String kind, String parent) {
            UnitDTO u = new UnitDTO();
            u.id = id;
            u.name = name;
            u.kind = kind;
            u.parent = parent;
            u.jurisdiction = "shuozhou";
            return u;
        }

        private static CatalogTaskDTO task(int number, String group, String measure, String units, String deadline) {
            CatalogTaskDTO t = new CatalogTaskDTO();
            t.number = number;
            t.group = group;
            t.measure = measure;
            t.responsibleUnits = units;
            t.deadline = deadline;
            return t;
        }
    }

    /**
     * Accepts admin/admin, as a member of the province's unit, shuocheng/shuocheng, the office of 朔城区 (a county
     * below the city: the receiving side of the city's letters), and shuozhou/shuozhou, the city's office.
     */
    public static final class Users implements Authenticator {
        @Override
        public Optional<Actor> authenticate(String user, String password) {
            if ("admin".equals(user) && "admin".equals(password)) {
                return Optional.of(Actor.fromRoles("admin", Set.of(Actor.ROLE_ADMIN, Actor.UNIT_ROLE_PREFIX + "shanxi")));
            }
            if ("shuozhou".equals(user) && "shuozhou".equals(password)) {
                return Optional.of(Actor.fromRoles("shuozhou", Set.of(Actor.UNIT_ROLE_PREFIX + "shanxi.shuozhou")));
            }
            if ("gongan".equals(user) && "gongan".equals(password)) {
                return Optional.of(Actor.fromRoles("gongan", Set.of(Actor.UNIT_ROLE_PREFIX + "shanxi.shuozhou.gongan")));
            }
            if ("shuocheng".equals(user) && "shuocheng".equals(password)) {
                return Optional.of(Actor.fromRoles("shuocheng", Set.of(Actor.UNIT_ROLE_PREFIX + "shanxi.shuozhou.shuocheng")));
            }
            return Optional.empty();
        }
    }
}
