package org.luoshi.tipoffs.internal.shell;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.luoshi.api.Actor;
import org.luoshi.api.tipoff.KeyRotationDTO;
import org.luoshi.api.tipoff.TipOffService;

/** {@code luoshi:identity-key-rotate}: a new reporter-identity key, every identity re-sealed with it. */
@Command(scope = "luoshi", name = "identity-key-rotate",
        description = "更换举报人身份密钥，并用新密钥重新加密全部举报人姓名和联系方式 (rotate the identity key, re-seal all)")
@Service
public class RotateIdentityKeyCommand implements Action {
    @Reference
    TipOffService tipOffs;

    @Override
    public Object execute() {
        KeyRotationDTO out = tipOffs.rotateIdentityKey(new Actor("console", List.of(), Set.of(Actor.ROLE_ADMIN)));
        System.out.println("密钥已更换 (key rotated): identity-" + out.keyId + "，重新加密 " + out.resealed + " 件举报，删除旧密钥 "
                + out.retired + " 个，用时 " + out.millis + " ms。请随即备份（luoshi:backup）。");
        return null;
    }
}
