package org.luoshi.tipoffs.internal.rest;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.tipoff.PublicStatusDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Mechanism 6 for reporters without an account (no login below {@code public/}): web tip-offs and 随手拍 with a
 * receipt code, status, material and photos. Submissions and photos per client address are limited by the service
 * ({@code publicSubmissionsPerTenMinutes} of PID {@code org.luoshi.rest}, default 20, counted with the public page's).
 */
@Path("/public/tipoffs")
@Produces(RestSupport.JSON)
@Tag(name = "问题线索核查（公众举报）")
@Component(service = PublicTipOffResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class PublicTipOffResource {
    /** A public photo: at most 10 MiB. */
    static final int PHOTO_LIMIT = 10 * 1024 * 1024;
    private final TipOffService tipOffs;

    @Activate
    public PublicTipOffResource(@Reference TipOffService tipOffs) {
        this.tipOffs = tipOffs;
    }

    /** Anyone: a web tip-off or 随手拍 to a jurisdiction's office → 201 {@code {"receiptCode": "…"}}. */
    @POST
    @Path("{jurisdiction}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "公众网上举报或随手拍（无需登录，返回查询码）")
    public Response submit(@Context HttpServletRequest request, @PathParam("jurisdiction") String jurisdiction,
            TipOffDTO tipOff) {
        return Response.status(201).entity(Map.of("receiptCode",
                tipOffs.submitPublic(jurisdiction, tipOff, request.getRemoteAddr()))).build();
    }

    @GET
    @Path("receipts/{code}")
    @Operation(summary = "凭查询码查询办理情况")
    public PublicStatusDTO status(@PathParam("code") String code) {
        return tipOffs.publicStatus(code);
    }

    /** A 随手拍 photo: the raw JPEG or PNG bytes as the body, {@code ?name=} its display name. */
    @POST
    @Path("receipts/{code}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "凭查询码补充照片（JPEG 或 PNG 原始字节，最多 9 张）")
    public PublicStatusDTO photo(@Context HttpServletRequest request, @PathParam("code") String code,
            @QueryParam("name") String name, java.io.InputStream body) {
        // nothing is read from an anonymous client before its receipt code is known to be open and the declared size
        // fits; then at most PHOTO_LIMIT bytes are read
        tipOffs.publicStatus(code);
        return tipOffs.addPhoto(code, name, RestSupport.body(body, request.getContentLengthLong(), PHOTO_LIMIT),
                request.getRemoteAddr());
    }

    /** Body {@code {"text": "…"}}. */
    @POST
    @Path("receipts/{code}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "凭查询码补充材料")
    public PublicStatusDTO material(@PathParam("code") String code, Map<String, String> body) {
        return tipOffs.addMaterial(code, body == null ? null : body.get("text"));
    }
}
