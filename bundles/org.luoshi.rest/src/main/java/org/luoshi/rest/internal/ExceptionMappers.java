package org.luoshi.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.luoshi.api.LuoshiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Maps every exception to a problem+json answer with the right status. */
final class ExceptionMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {
    }

    static final class Refusal implements ExceptionMapper<LuoshiException> {
        @Override
        public Response toResponse(LuoshiException e) {
            int status = switch (e.kind()) {
                case INVALID -> 400;
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case TOO_MANY -> 429;
                case UNAVAILABLE -> 503;
            };
            LOG.warn("Refused ({}): {}", status, e.getMessage());
            return Problem.of(status, Problem.title(status), e.getMessage(), e.fieldErrors());
        }
    }

    static final class BadJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            LOG.warn("Malformed JSON refused: {}", e.getOriginalMessage());
            String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列）";
            return Problem.of(400, "JSON 格式错误", "请求内容不是有效的 JSON 或字段类型不符" + where + "：" + e.getOriginalMessage(), null);
        }
    }

    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException j) {
                return new BadJson().toResponse(j);
            }
            if (status >= 500) {
                LOG.error("Request failed", e);
            }
            Response problem = Problem.of(status, Problem.title(status), status == 404 ? "请求的资源不存在" : e.getMessage(), null);
            if (status == 401) {
                return Response.fromResponse(problem).header("WWW-Authenticate", "Basic realm=\"luoshi\"").build();
            }
            return problem;
        }
    }

    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof JsonProcessingException j) {
                return new BadJson().toResponse(j);
            }
            LOG.error("Unexpected error", e);
            return Problem.of(500, Problem.title(500), "系统内部错误，请稍后重试", null);
        }
    }
}
