package org.luoshi.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;

/** Mechanism 7: publications with approval ({@code /publications}), warning education, and the public list. */
public final class Publicity {
    private Publicity() {
    }

    @Path("/publications")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Publications {
        private final PublicityService publicity;

        Publications(PublicityService publicity) {
            this.publicity = publicity;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response draft(@Context SecurityContext sc, PublicationDTO publication) {
            PublicationDTO created = publicity.draft(BasicAuthFilter.actor(sc), publication);
            return Response.created(URI.create("publications/" + created.id)).entity(created).build();
        }

        /** Body {@code {"unit": "…", "month": "yyyy-MM"}}: drafts the monthly disclosure of major hazards. */
        @POST
        @Path("disclosures")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response disclosure(@Context SecurityContext sc, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            PublicationDTO created = publicity.draftDisclosure(BasicAuthFilter.actor(sc), b.get("unit"), b.get("month"));
            return Response.created(URI.create("publications/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public PublicationDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return publicity.get(BasicAuthFilter.actor(sc), id);
        }

        @PUT
        @Path("{id:[0-9]+}")
        @Consumes(MediaType.APPLICATION_JSON)
        public PublicationDTO update(@Context SecurityContext sc, @PathParam("id") long id, PublicationDTO edits) {
            return publicity.update(BasicAuthFilter.actor(sc), id, edits);
        }

        @GET
        public List<PublicationDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("kind") String kind, @QueryParam("status") String status,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw Resources.bad("jurisdiction", "请指定辖区（jurisdiction）");
            }
            return publicity.list(BasicAuthFilter.actor(sc), jurisdiction.strip(), kind, status,
                    Resources.integer("offset", offset, 0, Integer.MAX_VALUE), Resources.integer("limit", limit, 1, 200));
        }

        @POST
        @Path("{id:[0-9]+}/submission")
        public PublicationDTO submit(@Context SecurityContext sc, @PathParam("id") long id) {
            return publicity.submit(BasicAuthFilter.actor(sc), id);
        }

        /** Body {@code {"redactions": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/approval")
        @Consumes(MediaType.APPLICATION_JSON)
        public PublicationDTO approve(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return publicity.approve(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("redactions"));
        }

        /** Body {@code {"reason": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/rejection")
        @Consumes(MediaType.APPLICATION_JSON)
        public PublicationDTO reject(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return publicity.reject(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("reason"));
        }

        /** Body {@code {"reason": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/withdrawal")
        @Consumes(MediaType.APPLICATION_JSON)
        public PublicationDTO withdraw(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return publicity.withdraw(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("reason"));
        }
    }

    @Path("/educations")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Educations {
        private final PublicityService publicity;

        Educations(PublicityService publicity) {
            this.publicity = publicity;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response record(@Context SecurityContext sc, EducationDTO education) {
            return Response.status(201).entity(publicity.recordEducation(BasicAuthFilter.actor(sc), education)).build();
        }

        @GET
        public List<EducationDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw Resources.bad("jurisdiction", "请指定辖区（jurisdiction）");
            }
            return publicity.educations(BasicAuthFilter.actor(sc), jurisdiction.strip(),
                    Resources.integer("offset", offset, 0, Integer.MAX_VALUE), Resources.integer("limit", limit, 1, 200));
        }
    }

    /** No login: what the public page shows. */
    @Path("/public/publications")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Published {
        private final PublicityService publicity;

        Published(PublicityService publicity) {
            this.publicity = publicity;
        }

        @GET
        public List<PublicItemDTO> list(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("kind") String kind,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw Resources.bad("jurisdiction", "请指定辖区（jurisdiction）");
            }
            return publicity.published(jurisdiction.strip(), kind, Resources.integer("offset", offset, 0, 100000),
                    Resources.integer("limit", limit, 1, 100));
        }
    }
}
