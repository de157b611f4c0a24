package org.luoshi.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/jurisdictions}: the region plugins installed now, with their catalogs, cycles and units. */
@Path("/jurisdictions")
@Produces(RestSupport.JSON)
@Tag(name = "辖区")
@Component(service = JurisdictionResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class JurisdictionResource {
    private final JurisdictionRegistry registry;

    @Activate
    public JurisdictionResource(@Reference JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "已安装的辖区")
    public List<JurisdictionDTO> list() {
        return registry.jurisdictions();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一个辖区")
    public JurisdictionDTO get(@PathParam("id") String id) {
        return registry.jurisdiction(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("{id}/catalog")
    @Operation(summary = "辖区的任务目录（原文）")
    public List<CatalogTaskDTO> catalog(@PathParam("id") String id) {
        return registry.catalog(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("{id}/cycles")
    @Operation(summary = "辖区的报送周期")
    public List<CycleDTO> cycles(@PathParam("id") String id) {
        return registry.cycles(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("{id}/units")
    @Operation(summary = "辖区的单位")
    public List<UnitDTO> units(@PathParam("id") String id) {
        return registry.units(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("{id}/roles")
    @Operation(summary = "辖区领导小组的组成（按职务）")
    public List<org.luoshi.api.jurisdiction.RoleDTO> roles(@PathParam("id") String id) {
        return registry.roles(id).orElseThrow(() -> unknown(id));
    }

    private static LuoshiException unknown(String id) {
        return LuoshiException.notFound("辖区 “" + id + "” 未安装");
    }
}
