package org.luoshi.api;

import java.util.List;
import java.util.Set;

/**
 * The authenticated caller of a service: a user name, the units the user belongs to and the roles held.
 * A unit id is a dotted path from the province down (e.g. {@code shanxi.shuozhou.shuocheng}); a user sees
 * records of its units and of every unit below them.
 * <p>
 * The faces hand the actor to modules as the request's principal: {@code SecurityContext.getUserPrincipal()} in
 * JAX-RS, {@code WebServiceContext.getUserPrincipal()} in JAX-WS (see {@code org.luoshi.api.rest} and
 * {@code org.luoshi.api.soap}).
 */
public final class Actor implements java.security.Principal {
    /** Role of a provincial administrator: installs plugins, sees everything. */
    public static final String ROLE_ADMIN = "admin";
    /** Prefix of a role naming a unit the user belongs to, e.g. {@code unit:shanxi.shuozhou}. */
    public static final String UNIT_ROLE_PREFIX = "unit:";
    /** Role of an integrator's program calling with an API token (a service account, 接入账号), never a person. */
    public static final String ROLE_SERVICE_ACCOUNT = "service-account";
    /** Role of a caller that may read what its units see but change nothing (a read-only API token). */
    public static final String ROLE_READ_ONLY = "read-only";

    private final String name;
    private final List<String> units;
    private final Set<String> roles;

    public Actor(String name, List<String> units, Set<String> roles) {
        this.name = name;
        this.units = List.copyOf(units);
        this.roles = Set.copyOf(roles);
    }

    /** Builds an actor from a user name and its JAAS role names, reading units from {@code unit:} roles. */
    public static Actor fromRoles(String name, java.util.Collection<String> roles) {
        List<String> units = roles.stream().filter(r -> r.startsWith(UNIT_ROLE_PREFIX))
                .map(r -> r.substring(UNIT_ROLE_PREFIX.length())).sorted().toList();
        return new Actor(name, units, Set.copyOf(roles));
    }

    public String name() {
        return name;
    }

    /** The user name (as {@link java.security.Principal}). */
    @Override
    public String getName() {
        return name;
    }

    public List<String> units() {
        return units;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether the caller may only read: every write of every service refuses it (see {@link #requireWrite()}). */
    public boolean readOnly() {
        return roles.contains(ROLE_READ_ONLY);
    }

    /**
     * Refuses a read-only caller (FORBIDDEN). Every write passes here: services call it before they change anything, and
     * the audit trail calls it again for each entry it records in the write's transaction, so a write that forgot to ask
     * rolls back rather than lands.
     */
    public void requireWrite() {
        if (readOnly()) {
            throw LuoshiException.forbidden("只读接入账号只能查阅，不能办理或修改");
        }
    }

    /** Whether the unit (a dotted path) is one of the actor's units or lies below one of them. */
    public boolean canSee(String unitId) {
        return unitId != null && units.stream().anyMatch(u -> sameOrBelow(unitId, u));
    }

    /**
     * Whether one of the actor's units is the unit or lies below it: the actor belongs to the unit (or to one of its
     * sections), rather than merely seeing it from above as {@link #canSee} allows.
     */
    public boolean belongsTo(String unitId) {
        return unitId != null && units.stream().anyMatch(u -> sameOrBelow(u, unitId));
    }

    /**
     * Of the actor's units, the one that is {@code unitId} or the nearest above it (the unit the actor acts for when
     * it deals with that unit); empty when the actor cannot see the unit.
     */
    public java.util.Optional<String> ownUnitFor(String unitId) {
        return unitId == null ? java.util.Optional.empty()
                : units.stream().filter(u -> sameOrBelow(unitId, u)).max(java.util.Comparator.comparingInt(String::length));
    }

    /**
     * The same caller reading as a member of {@code unit}, and read-only: for a service that has decided the caller may
     * read there (e.g. a spot check over the enterprises of the office's region) and asks another module on its behalf.
     */
    public Actor readingAs(String unit) {
        return new Actor(name, List.of(unit), Set.of(ROLE_READ_ONLY));
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it on its dotted path. */
    private static boolean sameOrBelow(String unit, String ancestor) {
        return unit.equals(ancestor) || unit.startsWith(ancestor + ".");
    }

    @Override
    public String toString() {
        return name + units;
    }
}
