package org.luoshi.people.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.people.PeopleService;
import org.luoshi.api.people.PersonDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** People's profiles at {@code /api/people}: one's own ({@code me}), a unit's, and keeping them. */
@Path("/people")
@Produces(RestSupport.JSON)
@Tag(name = "人员信息")
@Component(service = PeopleResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class PeopleResource {
    private final PeopleService people;

    @Activate
    public PeopleResource(@Reference PeopleService people) {
        this.people = people;
    }

    @GET
    @Operation(summary = "人员信息列表（本单位及下级）")
    public List<PersonDTO> list(@Context SecurityContext sc, @QueryParam("unit") String unit) {
        return people.list(RestSupport.actor(sc), unit);
    }

    @GET
    @Path("me")
    @Operation(summary = "本人信息")
    public PersonDTO me(@Context SecurityContext sc) {
        return people.me(RestSupport.actor(sc));
    }

    @GET
    @Path("{login}")
    @Operation(summary = "查看人员信息")
    public PersonDTO get(@Context SecurityContext sc, @PathParam("login") String login) {
        return people.get(RestSupport.actor(sc), login);
    }

    @PUT
    @Path("{login}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保存人员信息（本人：姓名、职务、联系电话；管理员：含所属单位）")
    public PersonDTO save(@Context SecurityContext sc, @PathParam("login") String login, PersonDTO person) {
        return people.save(RestSupport.actor(sc), login, person);
    }
}
