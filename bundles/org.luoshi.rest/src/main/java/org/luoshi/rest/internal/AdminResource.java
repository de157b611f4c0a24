package org.luoshi.rest.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.rest.RestSupport;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/admin}: bundles with their stop counters, and the REST resources served now (administrators). */
@Path("/admin")
@Produces(RestSupport.JSON)
@Tag(name = "平台")
@Component(service = AdminResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class AdminResource {
    private final BundleWatch bundles;
    private final ApiModel api;
    private final org.luoshi.api.jurisdiction.Plugins plugins;

    @Activate
    public AdminResource(@Reference ApiModel api, @Reference org.luoshi.api.jurisdiction.Plugins plugins,
            BundleContext context) {
        this.api = api;
        this.plugins = plugins;
        this.bundles = new BundleWatch(context);
    }

    @Deactivate
    void deactivate() {
        bundles.close();
    }

    /** Every bundle with its state and how often it stopped since the REST shell started (administrators only). */
    @GET
    @Path("bundles")
    @Operation(summary = "各模块（bundle）的状态与停止次数（管理员）")
    public List<Map<String, Object>> bundles(@Context SecurityContext sc) {
        AuditResource.requireAdmin(sc);
        return bundles.snapshot();
    }

    /** The region plugins installed: bundle, state, the jar's SHA-256, what each supplies (administrators only). */
    @GET
    @Path("plugins")
    @Operation(summary = "已安装的辖区插件：版本、状态、摘要及提供的单位、任务、周期、表单（管理员）")
    public List<org.luoshi.api.jurisdiction.PluginDTO> plugins(@Context SecurityContext sc) {
        return plugins.list(org.luoshi.api.rest.RestSupport.actor(sc));
    }

    /** Every resource method served now: HTTP method, path below /api, class and contributing bundle. */
    @GET
    @Path("resources")
    @Operation(summary = "当前提供的 REST 接口方法（管理员）")
    public List<Map<String, String>> resources(@Context SecurityContext sc) {
        AuditResource.requireAdmin(sc);
        List<Map<String, String>> out = new ArrayList<>();
        for (ApiModel.Contribution c : api.resources()) {
            Class<?> type = c.resource().getClass();
            Path root = type.getAnnotation(Path.class);
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("method", verb);
                row.put("path", join(root == null ? "" : root.value(), sub == null ? "" : sub.value()));
                row.put("class", type.getName());
                row.put("bundle", c.bundle());
                out.add(row);
            }
        }
        return out;
    }

    private static String verb(Method m) {
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String p = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
