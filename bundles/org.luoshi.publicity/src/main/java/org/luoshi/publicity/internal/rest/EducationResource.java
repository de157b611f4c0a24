package org.luoshi.publicity.internal.rest;


import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mechanism 7: warning education (films, exhibitions, organised viewings). */
@Path("/educations")
@Produces(RestSupport.JSON)
@Tag(name = "宣传曝光")
@Component(service = EducationResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class EducationResource {
    private final PublicityService publicity;

    @Activate
    public EducationResource(@Reference PublicityService publicity) {
        this.publicity = publicity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记警示教育活动")
    public Response record(@Context SecurityContext sc, EducationDTO education) {
        return Response.status(201).entity(publicity.recordEducation(RestSupport.actor(sc), education)).build();
    }

    @GET
    @Operation(summary = "警示教育活动列表（分页，按辖区）")
    public PageDTO<EducationDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        Actor actor = RestSupport.actor(sc);
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return new PageDTO<>(publicity.educations(actor, jurisdiction.strip(), from, size),
                publicity.countEducations(actor, jurisdiction.strip()), from, size);
    }
}
