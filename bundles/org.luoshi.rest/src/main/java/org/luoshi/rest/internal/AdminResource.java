package org.luoshi.rest.internal;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.rest.RestSupport;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/admin}: bundles with their stop counters, the REST resources served now, and the region plugins — listed,
 * checked, installed, upgraded, removed, rolled back (administrators; the service decides).
 */
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

    /** The largest plugin jar the REST face reads (the trust policy's own limit, usually lower, applies after). */
    static final int PLUGIN_LIMIT = 20 * 1024 * 1024;

    /**
     * What installing or upgrading with a plugin jar would do — problems by file and line, trust, the diff — without
     * changing anything. The body is the jar's bytes, or {@code ?url=mvn:…} names one in the local Maven repository.
     */
    @POST
    @Path("plugins/check")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "检查插件 jar：校验、信任与升级差异（不作更改；管理员）")
    public org.luoshi.api.jurisdiction.PluginCheckDTO checkPlugin(@Context SecurityContext sc, @Context HttpHeaders headers,
            @QueryParam("url") String url, InputStream body) {
        Actor actor = RestSupport.actor(sc);
        return plugins.check(actor, jar(actor, headers, url, body));
    }

    /** Installs a new plugin from the jar in the body (or {@code ?url=}); 201 with the plugin as installed. */
    @POST
    @Path("plugins")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "安装新的辖区插件（jar 原始字节或 ?url=mvn:…；须通过校验与信任策略；管理员）")
    public Response installPlugin(@Context SecurityContext sc, @Context HttpHeaders headers, @QueryParam("url") String url,
            InputStream body) {
        Actor actor = RestSupport.actor(sc);
        org.luoshi.api.jurisdiction.PluginDTO p = plugins.install(actor, jar(actor, headers, url, body));
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    /** Upgrades an installed plugin to the jar in the body (or {@code ?url=}); the answer carries the changes applied. */
    @PUT
    @Path("plugins/{bundle}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "升级辖区插件（保留上一版本以便回退；记录不丢；管理员）")
    public org.luoshi.api.jurisdiction.PluginDTO upgradePlugin(@Context SecurityContext sc, @Context HttpHeaders headers,
            @PathParam("bundle") String bundle, @QueryParam("url") String url, InputStream body) {
        Actor actor = RestSupport.actor(sc);
        return plugins.upgrade(actor, bundle, jar(actor, headers, url, body));
    }

    /** Removes a plugin; its jar is kept, so {@code rollback} brings it back. */
    @DELETE
    @Path("plugins/{bundle}")
    @Operation(summary = "删除辖区插件（其 jar 保留，可恢复；已有记录仍可查阅；管理员）")
    public org.luoshi.api.jurisdiction.PluginDTO removePlugin(@Context SecurityContext sc,
            @PathParam("bundle") String bundle) {
        return plugins.remove(RestSupport.actor(sc), bundle);
    }

    /** Restores the version the last upgrade replaced, or reinstalls a removed plugin. */
    @POST
    @Path("plugins/{bundle}/rollback")
    @Operation(summary = "回退辖区插件到上一版本，或恢复已删除的插件（管理员）")
    public org.luoshi.api.jurisdiction.PluginDTO rollbackPlugin(@Context SecurityContext sc,
            @PathParam("bundle") String bundle) {
        return plugins.rollback(RestSupport.actor(sc), bundle);
    }

    /** The jar of a plugin request: the body, or the local repository's file that {@code url} names. */
    private byte[] jar(Actor actor, HttpHeaders headers, String url, InputStream body) {
        if (url != null && !url.isBlank()) {
            return plugins.fromRepository(actor, url);
        }
        if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以管理插件");
        }
        byte[] bytes = RestSupport.body(body, headers.getLength(), PLUGIN_LIMIT);
        if (bytes.length == 0) {
            throw RestSupport.bad("content", "请求体应为插件 jar 文件，或用 ?url= 指明本地仓库中的插件");
        }
        return bytes;
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
