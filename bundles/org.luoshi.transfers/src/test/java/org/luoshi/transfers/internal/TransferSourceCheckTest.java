package org.luoshi.transfers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.Test;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.transfer.SourceRefDTO;
import org.luoshi.api.transfer.TransferDTO;

/** The source check of a transfer asks the source module's RecordLinks; a missing module is UNAVAILABLE. */
class TransferSourceCheckTest {
    private static final Actor ACTOR = new Actor("youyu", List.of("shanxi.shuozhou.youyu"), Set.of());

    /** Reached only once every source passed: stands for the database. */
    static final class Stored extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static UnitDTO unit(String id, String kind, String parent) {
        UnitDTO u = new UnitDTO();
        u.id = id;
        u.name = id;
        u.kind = kind;
        u.parent = parent;
        u.jurisdiction = "shuozhou";
        return u;
    }

    private static TransferServiceImpl service() {
        Map<String, UnitDTO> units = Map.of(
                "shanxi.shuozhou.youyu", unit("shanxi.shuozhou.youyu", "county", "shanxi.shuozhou"),
                "shanxi.shuozhou.youyu.gongan", unit("shanxi.shuozhou.youyu.gongan", "police", "shanxi.shuozhou.youyu"));
        JurisdictionRegistry registry = proxy(JurisdictionRegistry.class, (p, m, a) -> {
            if (m.getName().equals("unit")) {
                return Optional.ofNullable(units.get((String) a[0]));
            }
            throw new UnsupportedOperationException(m.getName());
        });
        JpaTemplate jpa = proxy(JpaTemplate.class, (p, m, a) -> {
            throw new Stored();
        });
        AuditTrail audit = proxy(AuditTrail.class, (p, m, a) -> {
            throw new UnsupportedOperationException(m.getName());
        });
        return new TransferServiceImpl(jpa, registry, audit);
    }

    private static TransferDTO transfer(String sourceType) {
        TransferDTO t = new TransferDTO();
        t.situation = "ORDER_REFUSED";
        t.fromUnit = "shanxi.shuozhou.youyu";
        t.toUnit = "shanxi.shuozhou.youyu.gongan";
        t.facts = "拒不执行停产整改指令";
        t.sources.add(new SourceRefDTO(sourceType, 5L));
        return t;
    }

    private static RecordLinks links(boolean found) {
        return new RecordLinks() {
            @Override
            public RecordRefDTO describe(Actor actor, long id) {
                if (!found) {
                    throw LuoshiException.notFound("不存在或无权查看");
                }
                return new RecordRefDTO("listing", id, "挂牌督办");
            }

            @Override
            public List<RecordLinkDTO> links(Actor actor, String type, long id) {
                return List.of();
            }
        };
    }

    @Test
    void aSourceOfAModuleThatIsNotRunningIsUnavailable() {
        TransferServiceImpl service = service();
        LuoshiException e = assertThrows(LuoshiException.class, () -> service.send(ACTOR, transfer("listing")));
        assertEquals(LuoshiException.Kind.UNAVAILABLE, e.kind());
        assertEquals("“挂牌督办”所在模块未启用", e.getMessage());
    }

    @Test
    void aSourceTheModuleDoesNotShowIsInvalidAndAVisibleOnePasses() {
        TransferServiceImpl service = service();
        RecordLinks missing = links(false);
        service.bindRecordLinks(missing, Map.of(RecordLinks.TYPE, "listing"));
        LuoshiException e = assertThrows(LuoshiException.class, () -> service.send(ACTOR, transfer("listing")));
        assertEquals(LuoshiException.Kind.INVALID, e.kind());
        assertEquals(Set.of("sources"), e.fieldErrors().keySet());
        service.unbindRecordLinks(missing, Map.of(RecordLinks.TYPE, "listing"));

        service.bindRecordLinks(links(true), Map.of(RecordLinks.TYPE, "listing"));
        assertThrows(Stored.class, () -> service.send(ACTOR, transfer("listing")));
    }
}
