package org.luoshi.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import org.luoshi.api.LuoshiException;
import org.luoshi.api.file.FileDTO;
import org.luoshi.api.file.FileService;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;

/** Mechanism 8 (行刑衔接) and its evidence files; file downloads. */
public final class Transfers {
    /** Bodies larger than this are cut off before the file service (whose own limit is lower) refuses them. */
    static final int READ_LIMIT = 64 * 1024 * 1024;

    private Transfers() {
    }

    @Path("/transfers")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Resource {
        private final TransferService transfers;
        private final FileService files;

        Resource(TransferService transfers, FileService files) {
            this.transfers = transfers;
            this.files = files;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response send(@Context SecurityContext sc, TransferDTO transfer) {
            TransferDTO created = transfers.send(BasicAuthFilter.actor(sc), transfer);
            return Response.created(URI.create("transfers/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public TransferDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return transfers.get(BasicAuthFilter.actor(sc), id);
        }

        @GET
        public List<TransferDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("sourceType") String sourceType, @QueryParam("sourceId") String sourceId,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
            if (sourceType != null && !sourceType.isBlank()) {
                return transfers.bySource(BasicAuthFilter.actor(sc), sourceType.strip(),
                        Resources.integer("sourceId", sourceId == null ? "" : sourceId, 1, Integer.MAX_VALUE));
            }
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw Resources.bad("jurisdiction", "请指定辖区（jurisdiction）或来源（sourceType, sourceId）");
            }
            return transfers.list(BasicAuthFilter.actor(sc), jurisdiction.strip(),
                    Resources.integer("offset", offset, 0, Integer.MAX_VALUE), Resources.integer("limit", limit, 1, 200));
        }

        @POST
        @Path("{id:[0-9]+}/acceptance")
        public TransferDTO accept(@Context SecurityContext sc, @PathParam("id") long id) {
            return transfers.accept(BasicAuthFilter.actor(sc), id);
        }

        /** Body {@code {"outcome": "FILED|NOT_FILED|RETURNED", "note": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/outcome")
        @Consumes(MediaType.APPLICATION_JSON)
        public TransferDTO conclude(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return transfers.conclude(BasicAuthFilter.actor(sc), id, b.get("outcome"), b.get("note"));
        }

        @POST
        @Path("{id:[0-9]+}/shares")
        @Consumes(MediaType.APPLICATION_JSON)
        public TransferDTO share(@Context SecurityContext sc, @PathParam("id") long id, ShareDTO share) {
            return transfers.share(BasicAuthFilter.actor(sc), id, share);
        }

        /** Evidence: the raw bytes as the body (any content type), {@code ?name=} the display name. */
        @POST
        @Path("{id:[0-9]+}/evidence")
        @Consumes(MediaType.WILDCARD)
        public Response evidence(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("name") String name,
                InputStream body) {
            TransferDTO t = transfers.get(BasicAuthFilter.actor(sc), id);
            if (!BasicAuthFilter.actor(sc).canSee(t.fromUnit)) {
                throw LuoshiException.forbidden("只有移送部门可以补充证据材料");
            }
            FileDTO stored = files.store(BasicAuthFilter.actor(sc), "transfer", id, t.fromUnit,
                    t.coordinator == null ? List.of(t.toUnit) : List.of(t.toUnit, t.coordinator), name, read(body));
            return Response.created(URI.create("files/" + stored.id)).entity(stored).build();
        }
    }

    static byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try (InputStream body = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = body.read(buf)) > 0;) {
                out.write(buf, 0, n);
                if (out.size() > READ_LIMIT) {
                    throw new LuoshiException(LuoshiException.Kind.INVALID, "文件过大", Map.of("content", "文件过大"));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件未能完整接收", Map.of("content", "上传中断"));
        }
    }

    @Path("/files")
    public static final class Files {
        private final FileService files;

        Files(FileService files) {
            this.files = files;
        }

        @GET
        @Path("{id:[0-9]+}")
        @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        public FileDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return files.get(BasicAuthFilter.actor(sc), id);
        }

        /** The bytes, with the type found in them, as an attachment; verified against the stored hash. */
        @GET
        @Path("{id:[0-9]+}/content")
        public Response content(@Context SecurityContext sc, @PathParam("id") long id) {
            FileDTO f = files.get(BasicAuthFilter.actor(sc), id);
            byte[] bytes = files.content(BasicAuthFilter.actor(sc), id);
            return Response.ok(bytes, f.mediaType)
                    .header("Content-Disposition", "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(f.name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .header("X-Content-Type-Options", "nosniff").header("X-Content-SHA256", f.sha256).build();
        }
    }
}
