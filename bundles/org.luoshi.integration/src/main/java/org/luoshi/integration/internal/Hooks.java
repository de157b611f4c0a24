package org.luoshi.integration.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.luoshi.api.security.TokenAuthenticator;

/** The pure parts of integrator access: tokens, their hashes, signatures, event patterns and target URLs. */
final class Hooks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{2,39}");
    private static final Pattern EVENT = Pattern.compile("\\*|[a-zA-Z][a-zA-Z0-9-]*\\.(\\*|[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*)");
    /** Characters of a token shown as its hint (the prefix and four random ones). */
    static final int HINT_LENGTH = TokenAuthenticator.TOKEN_PREFIX.length() + 4;

    private Hooks() {
    }

    static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** A new token: the prefix and 256 random bits in base64url. */
    static String newToken() {
        return TokenAuthenticator.TOKEN_PREFIX + random(32);
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * The stored form of a token: its SHA-256 in hex. A token is 256 random bits, so a fast hash is enough (no salt,
     * no bcrypt: nothing to guess), and it can be looked up by its hash.
     */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hint(String token) {
        return token.substring(0, Math.min(HINT_LENGTH, token.length())) + "…";
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook's secret: derived from the key ring's key, the webhook's id and its nonce; never stored. */
    static String secret(byte[] key, long webhookId, String nonce) {
        return "whsec_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, "luoshi-webhook " + webhookId + " " + nonce));
    }

    /**
     * The signature header of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}. The
     * receiver recomputes it with its secret and refuses old timestamps (replays).
     */
    static String signature(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1="
                + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), unixSeconds + "." + body));
    }

    static boolean validPattern(String pattern) {
        return pattern != null && pattern.length() <= 100 && EVENT.matcher(pattern).matches();
    }

    /** Whether the action ({@code hazard.create}) is one the patterns subscribe to. */
    static boolean matches(List<String> patterns, String action) {
        if (action == null) {
            return false;
        }
        for (String p : patterns) {
            if (p.equals("*") || p.equals(action) || p.endsWith(".*") && action.startsWith(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the URL cannot be a webhook's target, or null when it can: http(s) with a host, no user or password, no
     * fragment, at most 1 000 characters; when hosts are configured, one of them ({@code *.example.cn} for a domain's
     * hosts).
     */
    static String refuseUrl(String url, List<String> allowedHosts) {
        if (url == null || url.isBlank()) {
            return "请填写接收地址";
        }
        if (url.length() > 1000) {
            return "接收地址过长（不超过 1000 个字符）";
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return "接收地址不是有效的 URL";
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "接收地址须以 http:// 或 https:// 开头";
        }
        if (uri.getHost() == null) {
            return "接收地址缺少主机名";
        }
        if (uri.getRawUserInfo() != null) {
            return "接收地址中不能含用户名或密码";
        }
        if (uri.getRawFragment() != null) {
            return "接收地址中不能含 #";
        }
        if (allowedHosts != null && !allowedHosts.isEmpty()) {
            String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
            boolean allowed = allowedHosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(h -> h.startsWith("*.") ? host.endsWith(h.substring(1)) : host.equals(h));
            if (!allowed) {
                return "接收地址的主机不在平台允许的范围内（由管理员配置）";
            }
        }
        return null;
    }

    /** The wait before attempt n+1 after n failed attempts: first · 2^(n−1), at most max (seconds). */
    static long backoffSeconds(int failedAttempts, long first, long max) {
        long wait = first;
        for (int i = 1; i < failedAttempts && wait < max; i++) {
            wait *= 2;
        }
        return Math.max(1, Math.min(wait, max));
    }
}
