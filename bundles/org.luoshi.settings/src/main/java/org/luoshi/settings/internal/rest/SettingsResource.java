package org.luoshi.settings.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.settings.ModuleDTO;
import org.luoshi.api.settings.ModuleSettings;
import org.luoshi.api.settings.SettingChangeDTO;
import org.luoshi.api.settings.SettingDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 模块配置 at {@code /api/settings}: the modules and their settings' definitions; a scope's settings with their effective
 * values and sources; setting and clearing one; the scope's history and rollback. The service decides who may.
 */
@Path("/settings")
@Produces(RestSupport.JSON)
@Tag(name = "模块配置")
@Component(service = SettingsResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class SettingsResource {
    private final ModuleSettings settings;

    @Activate
    public SettingsResource(@Reference ModuleSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("modules")
    @Operation(summary = "声明了配置项的模块及其配置项（名称、类型、默认值、可选值）")
    public List<ModuleDTO> modules(@Context SecurityContext sc) {
        RestSupport.actor(sc);
        return settings.modules();
    }

    @GET
    @Path("{scope}")
    @Operation(summary = "某辖区（省、市、县单位）的模块配置：生效值及其来源（插件、省、市、县）")
    public List<SettingDTO> scope(@Context SecurityContext sc, @PathParam("scope") String scope,
            @QueryParam("module") String module) {
        return settings.settings(RestSupport.actor(sc), scope, module);
    }

    /** Body {@code {"value": "…"}}; a null value clears the setting here. */
    @PUT
    @Path("{scope}/{module}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "设置本级的配置项（只能设置本单位及下级；值按模块声明校验）")
    public SettingDTO set(@Context SecurityContext sc, @PathParam("scope") String scope,
            @PathParam("module") String module, @PathParam("key") String key, Map<String, String> body) {
        if (body == null || !body.containsKey("value")) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请给出 value", Map.of("value", "必填"));
        }
        return settings.set(RestSupport.actor(sc), scope, module, key, body.get("value"));
    }

    @DELETE
    @Path("{scope}/{module}/{key}")
    @Operation(summary = "清除本级的配置项，改用上级或插件的值")
    public SettingDTO clear(@Context SecurityContext sc, @PathParam("scope") String scope,
            @PathParam("module") String module, @PathParam("key") String key) {
        return settings.set(RestSupport.actor(sc), scope, module, key, null);
    }

    @GET
    @Path("{scope}/history")
    @Operation(summary = "本级配置的变更历史（版本、修改前后、修改人、时间）")
    public List<SettingChangeDTO> history(@Context SecurityContext sc, @PathParam("scope") String scope) {
        return settings.history(RestSupport.actor(sc), scope);
    }

    @GET
    @Path("{scope}/diff")
    @Operation(summary = "本级配置两个版本之间的差异（from、to 为版本号；from 默认 0 即未作任何修改时，to 默认最新）")
    public List<SettingChangeDTO> diff(@Context SecurityContext sc, @PathParam("scope") String scope,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return settings.diff(RestSupport.actor(sc), scope, version("from", from, 0), version("to", to, Long.MAX_VALUE));
    }

    private static long version(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RestSupport.bad(name, "请给出版本号（整数）");
        }
    }

    /** Body {@code {"version": n}}: the scope's settings as they were right after version n (0: before any change). */
    @POST
    @Path("{scope}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "把本级配置回退到历史中的某一版本")
    public List<SettingChangeDTO> rollback(@Context SecurityContext sc, @PathParam("scope") String scope,
            Map<String, Long> body) {
        if (body == null || body.get("version") == null) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "请给出 version", Map.of("version", "必填"));
        }
        return settings.rollback(RestSupport.actor(sc), scope, body.get("version"));
    }
}
