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
            leaveTheBodyUnread();
            return Problem.of(status, Problem.title(status), e.getMessage(), e.fieldErrors());
        }
    }

    /**
     * Malformed JSON or a value of the wrong type: 400 naming the place (line, column, field), never the value that was
     * sent (it may be personal data) nor Java class names, in the answer or in the log.
     */
    /**
     * A refused request's body is not read any further: CXF would otherwise read (up to 16 MB of) what is left before
     * answering, so a client sending a large body without a login, a valid receipt code or within the size limit would
     * hold a thread and its bandwidth. The container then closes the connection after the answer.
     */
    static void leaveTheBodyUnread() {
        org.apache.cxf.message.Message m = org.apache.cxf.phase.PhaseInterceptorChain.getCurrentMessage();
        if (m == null) {
            return;
        }
        org.apache.cxf.message.Message in = m.getExchange() == null || m.getExchange().getInMessage() == null ? m
                : m.getExchange().getInMessage();
        in.removeContent(org.apache.cxf.io.DelegatingInputStream.class);
    }

    static final class BadJson implements ExceptionMapper<JsonProcessingException> {
        private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}");

        @Override
        public Response toResponse(JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列）";
            String field = field(e);
            LOG.warn("Malformed JSON refused: {}{}", e.getClass().getSimpleName(),
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + (field == null ? "" : ", field " + field));
            if (field != null) {
                boolean unknown = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
                String what = unknown ? "没有这个字段" : "值的类型或格式不符";
                return Problem.of(400, "JSON 格式错误", "字段 " + field + " " + what + where, java.util.Map.of(field, what));
            }
            return Problem.of(400, "JSON 格式错误", "请求内容不是有效的 JSON" + where, null);
        }

        /** The field (dotted path of property names) the error is at, when it is one of ours by its shape. */
        static String field(JsonProcessingException e) {
            if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m) || m.getPath().isEmpty()) {
                return null;
            }
            StringBuilder path = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    if (!FIELD.matcher(r.getFieldName()).matches()) {
                        return null;
                    }
                    path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            return path.length() == 0 ? null : path.toString();
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
            } else {
                leaveTheBodyUnread();
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
