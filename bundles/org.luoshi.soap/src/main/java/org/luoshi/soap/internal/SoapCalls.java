package org.luoshi.soap.internal;

import java.util.function.Function;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a service call as the authenticated actor and turns refusals into SOAP Faults with a readable reason. */
final class SoapCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SoapCalls.class);
    static final QName CLIENT = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client");
    static final QName SERVER = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server");

    private SoapCalls() {
    }

    static <T> T call(Function<Actor, T> body) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Actor actor = message == null ? null : message.getExchange().get(Actor.class);
        if (actor == null) {
            throw new SoapFault("需要登录：请使用 HTTP Basic 认证提供有效的用户名和密码", CLIENT);
        }
        try {
            return body.apply(actor);
        } catch (LuoshiException e) {
            LOG.warn("SOAP call refused ({}): {}", e.kind(), e.getMessage());
            SoapFault fault = new SoapFault("[" + e.kind() + "] " + e.getMessage(), CLIENT);
            if (!e.fieldErrors().isEmpty()) {
                fault.setDetail(detail(e.fieldErrors()));
            }
            return rethrow(fault);
        } catch (Fault f) {
            throw f;
        } catch (RuntimeException e) {
            LOG.error("SOAP call failed", e);
            throw new SoapFault("系统内部错误，请稍后重试", SERVER);
        }
    }

    /** {@code <detail><fieldError field="…">message</fieldError>…</detail>}: which field is wrong and why. */
    static org.w3c.dom.Element detail(java.util.Map<String, String> errors) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().newDocument();
            org.w3c.dom.Element detail = doc.createElement("detail");
            errors.forEach((field, message) -> {
                org.w3c.dom.Element e = doc.createElementNS(SoapEndpoints.NS, "fieldError");
                e.setAttribute("field", field);
                e.setTextContent(message);
                detail.appendChild(e);
            });
            return detail;
        } catch (javax.xml.parsers.ParserConfigurationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static <T> T rethrow(SoapFault fault) {
        throw fault;
    }
}
