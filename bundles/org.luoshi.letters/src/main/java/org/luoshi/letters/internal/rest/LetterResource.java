package org.luoshi.letters.internal.rest;

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

import org.luoshi.api.PageDTO;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mechanism 4 at {@code /api/letters}: 提醒函/提示函/督办函 — drafts, sending, 签收, answers, the ladder, 补录. */
@Path("/letters")
@Produces(RestSupport.JSON)
@Tag(name = "提醒、提示、督办函")
@Component(service = LetterResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class LetterResource {
    private final LetterService letters;

    @Activate
    public LetterResource(@Reference LetterService letters) {
        this.letters = letters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "起草函件")
    public Response draft(@Context SecurityContext sc, LetterDTO letter) {
        LetterDTO created = letters.draft(RestSupport.actor(sc), letter);
        return Response.created(URI.create("letters/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(summary = "查看函件")
    public LetterDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
        return letters.get(RestSupport.actor(sc), id);
    }

    /** Body {@code {"jurisdiction": "…", "issuer": "<unit id>"}}: drafts for overdue tasks and hazards below the issuer. */
    @POST
    @Path("auto-drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "为逾期任务、逾期隐患和逾期未回复的函件自动起草")
    public List<LetterDTO> autoDrafts(@Context SecurityContext sc, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return letters.draftForOverdue(RestSupport.actor(sc), b.get("jurisdiction"), b.get("issuer"));
    }

    /** 补录 a letter sent on paper before: its printed number, sending day (sentAt) and deadline. */
    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "补录纸质函件")
    public Response register(@Context SecurityContext sc, LetterDTO letter) {
        LetterDTO created = letters.register(RestSupport.actor(sc), letter);
        return Response.created(URI.create("letters/" + created.id)).entity(created).build();
    }

    /** Edits a draft; the body carries the fields to change. */
    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改草稿")
    public LetterDTO update(@Context SecurityContext sc, @PathParam("id") long id, LetterDTO edits) {
        return letters.update(RestSupport.actor(sc), id, edits);
    }

    /** Drafts the next rung (提醒 → 提示 → 督办) for a letter unanswered past its deadline. */
    @POST
    @Path("{id:[0-9]+}/escalation")
    @Operation(summary = "升级为下一级函件（提醒→提示→督办）")
    public Response escalate(@Context SecurityContext sc, @PathParam("id") long id) {
        LetterDTO created = letters.escalate(RestSupport.actor(sc), id);
        return Response.created(URI.create("letters/" + created.id)).entity(created).build();
    }

    @POST
    @Path("{id:[0-9]+}/sending")
    @Operation(summary = "编号并发出函件")
    public LetterDTO send(@Context SecurityContext sc, @PathParam("id") long id) {
        return letters.send(RestSupport.actor(sc), id);
    }

    @POST
    @Path("{id:[0-9]+}/signature")
    @Operation(summary = "签收函件")
    public LetterDTO sign(@Context SecurityContext sc, @PathParam("id") long id) {
        return letters.sign(RestSupport.actor(sc), id);
    }

    /** Body {@code {"plan": "…", "report": "…"}}. */
    @POST
    @Path("{id:[0-9]+}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "回复函件（整改方案和落实情况）")
    public LetterDTO answer(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
        Map<String, String> b = body == null ? Map.of() : body;
        return letters.answer(RestSupport.actor(sc), id, b.get("plan"), b.get("report"));
    }

    /** A jurisdiction's letters the caller may see (sent or received), newest first, one page of them. */
    @GET
    @Operation(summary = "函件列表（分页）")
    public PageDTO<LetterDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        int from = RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = RestSupport.integer("limit", limit, 1, 200);
        return PageDTO.of(letters.list(RestSupport.actor(sc), jurisdiction.strip()), from, size);
    }
}
