package org.luoshi.example.overview;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.PageDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/example/overview}: the example's REST resource, picked up by the REST shell while this bundle runs. */
@Path("/example/overview")
@Produces(RestSupport.JSON)
@Tag(name = "示例：辖区概况")
@Component(service = OverviewResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class OverviewResource {
    private final JurisdictionRegistry registry;

    @Activate
    public OverviewResource(@Reference JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "辖区概况（示例）：本人可见的辖区及其单位、任务目录、报送周期数量")
    public PageDTO<OverviewDTO> list(@Context SecurityContext sc, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        return PageDTO.of(Overviews.visible(registry, RestSupport.actor(sc)),
                RestSupport.integer("offset", offset, 0, 100_000), RestSupport.integer("limit", limit, 1, 200));
    }

    @GET
    @Path("{jurisdiction}")
    @Operation(summary = "一个辖区的概况（示例）")
    public OverviewDTO get(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction) {
        return Overviews.one(registry, RestSupport.actor(sc), jurisdiction);
    }
}
