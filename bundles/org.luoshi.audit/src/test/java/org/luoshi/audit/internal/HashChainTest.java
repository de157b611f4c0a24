package org.luoshi.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditVerificationDTO;

class HashChainTest {
    private static List<AuditEntryDTO> chain(int n) {
        List<AuditEntryDTO> out = new ArrayList<>();
        String prev = HashChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntryDTO e = new AuditEntryDTO();
            e.seq = i;
            e.at = "2026-11-23T10:00:0" + i + "+08:00";
            e.actor = "admin";
            e.action = "hazard.create";
            e.entityType = "hazard";
            e.entityId = Integer.toString(i);
            e.after = "{\"description\":\"隐患" + i + "\"}";
            e.prevHash = prev;
            e.hash = HashChain.hash(e);
            prev = e.hash;
            out.add(e);
        }
        return out;
    }

    @Test
    void intactChainVerifies() {
        assertNull(HashChain.check(chain(5), HashChain.GENESIS, 1));
    }

    @Test
    void editedEntryIsNamed() {
        List<AuditEntryDTO> c = chain(5);
        c.get(2).after = "{\"description\":\"改过\"}";
        AuditVerificationDTO v = HashChain.check(c, HashChain.GENESIS, 1);
        assertNotNull(v);
        assertEquals(3L, v.firstBroken);
    }

    @Test
    void deletedEntryIsNamed() {
        List<AuditEntryDTO> c = chain(5);
        c.remove(1);
        AuditVerificationDTO v = HashChain.check(c, HashChain.GENESIS, 1);
        assertEquals(2L, v.firstBroken);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        AuditEntryDTO a = chain(1).get(0);
        String h = a.hash;
        a.actor = "admi";
        a.action = "nhazard.create";
        assertEquals(false, h.equals(HashChain.hash(a)));
    }
}
