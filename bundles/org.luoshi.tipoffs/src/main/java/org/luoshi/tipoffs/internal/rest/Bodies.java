package org.luoshi.tipoffs.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.luoshi.api.LuoshiException;

/** Reads an uploaded body into memory, cut off well above the file store's own limit. */
final class Bodies {
    /** Bodies larger than this are cut off before the file service (whose own limit is lower) refuses them. */
    static final int READ_LIMIT = 64 * 1024 * 1024;

    private Bodies() {
    }

    static byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try (InputStream body = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = body.read(buf)) > 0;) {
                out.write(buf, 0, n);
                if (out.size() > READ_LIMIT) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "文件过大", Map.of("content", "文件过大"));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件未能完整接收", Map.of("content", "上传中断"));
        }
    }
}
