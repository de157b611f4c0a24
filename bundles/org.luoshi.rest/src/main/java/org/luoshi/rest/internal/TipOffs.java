package org.luoshi.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.tipoff.PublicStatusDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;

/** Mechanism 6: tip-offs for their handlers ({@code /tipoffs}) and for reporters without an account ({@code /public/tipoffs}). */
public final class TipOffs {
    private TipOffs() {
    }

    @Path("/tipoffs")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Handling {
        private final TipOffService tipOffs;

        Handling(TipOffService tipOffs) {
            this.tipOffs = tipOffs;
        }

        /** A designated handler registers a tip-off; the answer carries the reporter's receipt code once. */
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response register(@Context SecurityContext sc, TipOffDTO tipOff) {
            TipOffDTO created = tipOffs.register(BasicAuthFilter.actor(sc), tipOff);
            return Response.created(URI.create("tipoffs/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public TipOffDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return tipOffs.get(BasicAuthFilter.actor(sc), id);
        }

        @GET
        public List<TipOffDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") String offset,
                @QueryParam("limit") @DefaultValue("20") String limit) {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw Resources.bad("jurisdiction", "请指定辖区（jurisdiction）");
            }
            return tipOffs.list(BasicAuthFilter.actor(sc), jurisdiction.strip(), status,
                    Resources.integer("offset", offset, 0, Integer.MAX_VALUE), Resources.integer("limit", limit, 1, 200));
        }

        /** Body {@code {"note": "…"}} (optional). */
        @POST
        @Path("{id:[0-9]+}/acceptance")
        public TipOffDTO accept(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return tipOffs.accept(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("note"));
        }

        /** Body {@code {"reason": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/rejection")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO reject(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return tipOffs.reject(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("reason"));
        }

        /** Body {@code {"what": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/material-request")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO requestMaterial(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return tipOffs.requestMaterial(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("what"));
        }

        /** Body: {@code {kind: ASSIGN_DOWN|TRANSFER|PASS, to, copyTo, deadline}}. */
        @POST
        @Path("{id:[0-9]+}/routing")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO route(@Context SecurityContext sc, @PathParam("id") long id, RouteDTO route) {
            return tipOffs.route(BasicAuthFilter.actor(sc), id, route);
        }

        /** Body {@code {"outcome": …, "action": …, "hazard": {measures, rectificationUnit, …}}}. */
        @POST
        @Path("{id:[0-9]+}/verification")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO verify(@Context SecurityContext sc, @PathParam("id") long id, Verification body) {
            Verification b = body == null ? new Verification() : body;
            return tipOffs.verify(BasicAuthFilter.actor(sc), id, b.outcome, b.action, b.hazard);
        }

        /** Body {@code {"reply": "…", "report": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/closing")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO close(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return tipOffs.close(BasicAuthFilter.actor(sc), id, b.get("reply"), b.get("report"));
        }

        /** Body {@code {"amount": "…", "approvedBy": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/reward")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO reward(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return tipOffs.approveReward(BasicAuthFilter.actor(sc), id, b.get("amount"), b.get("approvedBy"));
        }

        /** A photo of the tip-off (JPEG or PNG), for whoever may see the tip-off. */
        @GET
        @Path("{id:[0-9]+}/photos/{file:[0-9]+}")
        @Produces({"image/jpeg", "image/png"})
        public Response photo(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("file") long file) {
            byte[] bytes = tipOffs.photo(BasicAuthFilter.actor(sc), id, file);
            String type = (bytes[0] & 0xFF) == 0xFF ? "image/jpeg" : "image/png";
            return Response.ok(bytes, type).header("X-Content-Type-Options", "nosniff").build();
        }

        /** Body {@code {"paymentRecord": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/reward/payment")
        @Consumes(MediaType.APPLICATION_JSON)
        public TipOffDTO pay(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return tipOffs.payReward(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("paymentRecord"));
        }
    }

    /** The body of a verification. */
    public static final class Verification {
        public String outcome;
        public String action;
        public HazardDTO hazard;
    }

    @Path("/public/tipoffs")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Public {
        private final TipOffService tipOffs;
        private final RateLimit limit;

        Public(TipOffService tipOffs, RateLimit limit) {
            this.tipOffs = tipOffs;
            this.limit = limit;
        }

        /** Anyone: a web tip-off or 随手拍 to a jurisdiction's office → 201 {@code {"receiptCode": "…"}}. */
        @POST
        @Path("{jurisdiction}")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response submit(@Context javax.servlet.http.HttpServletRequest request,
                @PathParam("jurisdiction") String jurisdiction, TipOffDTO tipOff) {
            limit.check(request.getRemoteAddr());
            return Response.status(201).entity(Map.of("receiptCode", tipOffs.submitPublic(jurisdiction, tipOff))).build();
        }

        @GET
        @Path("receipts/{code}")
        public PublicStatusDTO status(@PathParam("code") String code) {
            return tipOffs.publicStatus(code);
        }

        /** A 随手拍 photo: the raw JPEG or PNG bytes as the body, {@code ?name=} its display name. */
        @POST
        @Path("receipts/{code}/photos")
        @Consumes(MediaType.WILDCARD)
        public PublicStatusDTO photo(@Context javax.servlet.http.HttpServletRequest request, @PathParam("code") String code,
                @QueryParam("name") String name, java.io.InputStream body) {
            limit.check(request.getRemoteAddr());
            return tipOffs.addPhoto(code, name, Transfers.read(body));
        }

        /** Body {@code {"text": "…"}}. */
        @POST
        @Path("receipts/{code}/materials")
        @Consumes(MediaType.APPLICATION_JSON)
        public PublicStatusDTO material(@PathParam("code") String code, Map<String, String> body) {
            return tipOffs.addMaterial(code, body == null ? null : body.get("text"));
        }
    }
}
