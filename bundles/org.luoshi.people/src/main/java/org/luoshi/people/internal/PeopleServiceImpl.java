package org.luoshi.people.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.luoshi.api.Actor;
import org.luoshi.api.FieldCheck;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.people.PeopleService;
import org.luoshi.api.people.PersonDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Profiles on JPA. Who may do what is decided here: a person keeps its own name, title and telephone; an administrator
 * keeps anyone's and the unit; a profile is read by its person, an administrator, or someone who sees its unit. Every
 * change is an audit entry in the same transaction.
 */
@Component(service = PeopleService.class)
public class PeopleServiceImpl implements PeopleService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A login as Karaf's users.properties allows it here. */
    static final Pattern LOGIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");
    /** A telephone number: digits with an optional +, area code dash, extension. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    /** At most this many logins are resolved per query (the IN list). */
    private static final int CHUNK = 200;

    private final JpaTemplate jpa;
    private final JurisdictionRegistry jurisdictions;
    private final AuditTrail audit;

    @Activate
    public PeopleServiceImpl(@Reference(target = "(osgi.unit.name=luoshi-people)") JpaTemplate jpa,
            @Reference JurisdictionRegistry jurisdictions, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    private static boolean admin(Actor actor) {
        return actor.roles().contains(Actor.ROLE_ADMIN);
    }

    @Override
    public PersonDTO me(Actor actor) {
        PersonEntity e = jpa.txExpr(TransactionType.Required, em -> em.find(PersonEntity.class, actor.name()));
        if (e != null) {
            return toDto(e);
        }
        PersonDTO blank = new PersonDTO();
        blank.login = actor.name();
        blank.unit = actor.units().isEmpty() ? null : actor.units().get(0);
        blank.unitName = unitName(blank.unit);
        return blank;
    }

    @Override
    public PersonDTO get(Actor actor, String login) {
        PersonEntity e = login == null ? null : jpa.txExpr(TransactionType.Required, em -> em.find(PersonEntity.class, login));
        if (e == null || !mayRead(actor, e)) {
            throw LuoshiException.notFound("人员 " + (login == null ? "" : login) + " 的信息不存在");
        }
        return toDto(e);
    }

    private static boolean mayRead(Actor actor, PersonEntity e) {
        return admin(actor) || actor.name().equals(e.login) || e.unit != null && actor.canSee(e.unit);
    }

    @Override
    public List<PersonDTO> list(Actor actor, String unit) {
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        if (u != null && !admin(actor) && !actor.canSee(u)) {
            throw LuoshiException.forbidden("无权查看该单位的人员");
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p FROM PersonEntity p ORDER BY p.unit, p.login", PersonEntity.class).getResultList().stream()
                .filter(p -> mayRead(actor, p))
                .filter(p -> u == null || p.unit != null && (p.unit.equals(u) || p.unit.startsWith(u + ".")))
                .map(this::toDto).toList());
    }

    @Override
    public PersonDTO save(Actor actor, String login, PersonDTO in) {
        if (in == null) {
            throw LuoshiException.invalid("请求内容为空");
        }
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "登录名无效", Map.of("login", "登录名无效"));
        }
        boolean admin = admin(actor);
        if (!admin && !actor.name().equals(login)) {
            throw LuoshiException.forbidden("只能修改本人的信息");
        }
        FieldCheck v = new FieldCheck();
        String name = v.text("name", "姓名", in.name, 50, true);
        String title = v.text("title", "职务", in.title, 100, false);
        String phone = v.text("phone", "联系电话", in.phone, 40, false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            v.fail("phone", "联系电话只能包含数字、空格和短横线");
        }
        String unit = v.text("unit", "所属单位", in.unit, 200, false);
        if (unit != null && jurisdictions.unit(unit).isEmpty()) {
            v.fail("unit", "未知单位");
        }
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity e = em.find(PersonEntity.class, login);
            String before = e == null ? null : json(toDto(e));
            if (e != null && in.version != null && !in.version.equals(e.version)) {
                throw new LuoshiException(LuoshiException.Kind.CONFLICT, "该人员信息已被他人修改，请刷新后重试");
            }
            boolean created = e == null;
            if (created) {
                e = new PersonEntity();
                e.login = login;
                e.unit = admin ? unit : actor.units().isEmpty() ? null : actor.units().get(0);
            } else if (admin) {
                e.unit = unit;
            } else if (unit != null && !Objects.equals(unit, e.unit)) {
                throw LuoshiException.forbidden("所属单位由管理员维护");
            }
            e.name = name;
            e.title = title;
            e.phone = phone;
            e.updatedAt = LocalDateTime.now(ZONE);
            e.updatedBy = actor.name();
            if (created) {
                em.persist(e);
            }
            em.flush();
            PersonDTO out = toDto(e);
            audit.append(actor, created ? "person.create" : "person.update", "person", login, before, json(out));
            return out;
        });
    }

    @Override
    public Map<String, String> displayNames(Collection<String> logins) {
        Map<String, String> out = new HashMap<>();
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(logins == null ? List.<String>of() : logins));
        wanted.removeIf(Objects::isNull);
        wanted.forEach(l -> out.put(l, l));
        for (int i = 0; i < wanted.size(); i += CHUNK) {
            List<String> part = wanted.subList(i, Math.min(wanted.size(), i + CHUNK));
            jpa.txExpr(TransactionType.Required, (EntityManager em) -> {
                em.createQuery("SELECT p FROM PersonEntity p WHERE p.login IN :logins", PersonEntity.class)
                        .setParameter("logins", part).getResultList().forEach(p -> out.put(p.login, display(p)));
                return null;
            });
        }
        return out;
    }

    static String display(PersonEntity p) {
        return p.title == null || p.title.isBlank() ? p.name : p.name + "（" + p.title + "）";
    }

    private String unitName(String unit) {
        return unit == null ? null : jurisdictions.unit(unit).map(u -> u.name).orElse(unit);
    }

    private PersonDTO toDto(PersonEntity e) {
        PersonDTO d = new PersonDTO();
        d.login = e.login;
        d.name = e.name;
        d.title = e.title;
        d.unit = e.unit;
        d.unitName = unitName(e.unit);
        d.phone = e.phone;
        d.updatedAt = e.updatedAt == null ? null : e.updatedAt.toString();
        d.updatedBy = e.updatedBy;
        d.version = e.version;
        return d;
    }

    /** The audit's before/after: the profile's fields as JSON. */
    static String json(PersonDTO p) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("login", p.login);
        fields.put("name", p.name);
        fields.put("title", p.title);
        fields.put("unit", p.unit);
        fields.put("phone", p.phone);
        try {
            return JSON.writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
