package org.luoshi.api.soap;

import javax.xml.ws.WebServiceContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;

/**
 * What a module needs to contribute a SOAP endpoint below {@code /soap}: the service property the SOAP shell
 * collects, the namespace, and the caller.
 * <p>
 * An endpoint is a DS component registered under its {@code @WebService} interface with {@link #ADDRESS}; the shell
 * publishes it at {@code /soap<address>} (WSDL at {@code ?wsdl}) and takes it away when the service goes:
 * <pre>
 * &#64;Component(service = AlphaWebService.class, property = SoapSupport.ADDRESS + "=/alpha")
 * public class AlphaSoap implements AlphaWebService {
 *     &#64;javax.annotation.Resource private WebServiceContext context; // injected by the shell's CXF
 *     public AlphaDTO getAlpha(long id) { return alphas.get(SoapSupport.actor(context), id); }
 * }
 * </pre>
 * The shell authenticates every call (HTTP Basic) before it reaches the endpoint and turns a thrown
 * {@link LuoshiException} into a Client Fault ({@code [KIND] message}, field errors in the detail), UNAVAILABLE into a
 * Server Fault.
 */
public final class SoapSupport {
    /** Service property: the endpoint's address below {@code /soap}, e.g. {@code /hazards}. */
    public static final String ADDRESS = "luoshi.soap.address";
    /** Target namespace of every Luoshi SOAP contract. */
    public static final String NS = "http://luoshi.org/soap/1";

    private SoapSupport() {
    }

    /** The authenticated caller of the current SOAP call. */
    public static Actor actor(WebServiceContext context) {
        if (context != null && context.getUserPrincipal() instanceof Actor a) {
            return a;
        }
        throw LuoshiException.forbidden("需要登录：请使用 HTTP Basic 认证提供有效的用户名和密码");
    }

    /** A date {@code yyyy-MM-dd}; otherwise an INVALID refusal naming the field. */
    public static java.time.LocalDate date(String field, String value) {
        try {
            return java.time.LocalDate.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, field + " 应为 yyyy-MM-dd 格式的日期",
                    java.util.Map.of(field, "日期格式有误"));
        }
    }
}
