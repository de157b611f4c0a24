package org.luoshi.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** RFC 7807 problem body: every error of the REST face is one of these, never a stack trace. */
final class Problem {
    static final MediaType TYPE = new MediaType("application", "problem+json", Map.of("charset", "UTF-8"));

    private Problem() {
    }

    static Response of(int status, String title, String detail, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        return Response.status(status).type(TYPE).entity(body).build();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "不支持的响应格式";
            case 409 -> "状态冲突";
            case 413 -> "请求内容过大";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "系统内部错误" : "请求失败";
        };
    }
}
