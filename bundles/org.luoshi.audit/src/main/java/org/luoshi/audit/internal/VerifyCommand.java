package org.luoshi.audit.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.audit.AuditVerificationDTO;

/** {@code luoshi:audit-verify}: checks the audit trail's hash chain and names the first broken entry. */
@Command(scope = "luoshi", name = "audit-verify", description = "校验审计日志哈希链 (verify the audit trail's hash chain)")
@Service
public class VerifyCommand implements Action {
    @Reference
    AuditTrail audit;

    @Override
    public Object execute() {
        // printed, not returned: Karaf does not print results of commands run through ssh exec (bin/client "cmd")
        AuditVerificationDTO v = audit.verify();
        if (v.valid) {
            System.out.println("审计日志完整 (audit chain intact): " + v.entries + " entries");
            return null;
        }
        System.out.println("审计日志已被篡改 (audit chain BROKEN) at entry " + v.firstBroken + ": " + v.reason + " ("
                + v.entries + " entries)");
        return 1;
    }
}
