package org.luoshi.rest.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordLinksByType;
import org.luoshi.api.link.RecordRefDTO;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/lineage/{type}/{id}}: where a record came from and what came of it (inspection finding / tip-off →
 * hazard → listing → publication → criminal transfer), asked of every module's {@link RecordLinks} as the caller, so
 * only what the caller may see appears, and a module that is not running means a shorter lineage.
 */
@Path("/lineage")
@Produces(RestSupport.JSON)
@Tag(name = "来龙去脉")
@Component(service = LineageResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class LineageResource {
    private static final int MAX_RECORDS = 200;
    private final RecordLinksByType byType = new RecordLinksByType();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLinks(RecordLinks links, Map<String, Object> props) {
        byType.bind(links, props);
    }

    void unbindLinks(RecordLinks links, Map<String, Object> props) {
        byType.unbind(links, props);
    }

    /** {@code {record, cameFrom: [{type, id, title}], cameOf: [{type, id, title}]}}. */
    @GET
    @Path("{type:[a-z]+}/{id:[0-9]+}")
    @Operation(summary = "记录的来龙去脉：来源（cameFrom）与后续处理（cameOf），仅含本人可见的记录")
    public Map<String, Object> lineage(@Context SecurityContext sc, @PathParam("type") String type,
            @PathParam("id") long id) {
        Actor actor = RestSupport.actor(sc);
        RecordLinks owner = byType.get(type);
        if (owner == null) {
            throw LuoshiException.notFound("未知的记录类型，或其所在模块未启用");
        }
        RecordRefDTO record = owner.describe(actor, id);
        List<RecordRefDTO> from = new ArrayList<>();
        for (RecordLinkDTO l : links(actor, type, id)) {
            if (l.to != null && l.to.is(type, id) && l.from != null) {
                add(from, titled(actor, l.from));
            }
        }
        // what came of it, transitively (hazard → listing → transfer), each record once
        List<RecordRefDTO> of = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(type + "/" + id);
        Deque<RecordRefDTO> queue = new ArrayDeque<>();
        queue.add(record);
        while (!queue.isEmpty() && of.size() < MAX_RECORDS) {
            RecordRefDTO r = queue.poll();
            for (RecordLinkDTO l : links(actor, r.type, r.id)) {
                if (l.from != null && l.from.is(r.type, r.id) && l.to != null && seen.add(l.to.type + "/" + l.to.id)) {
                    of.add(titled(actor, l.to));
                    queue.add(l.to);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("record", record);
        out.put("cameFrom", from);
        out.put("cameOf", of);
        return out;
    }

    private List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        for (RecordLinks l : byType.all()) {
            try {
                out.addAll(l.links(actor, type, id));
            } catch (LuoshiException e) {
                // a record this module may not show the caller: no link from here
            }
        }
        return out;
    }

    /** A link's end as its own module describes it, when the linking module did not know its title. */
    private RecordRefDTO titled(Actor actor, RecordRefDTO r) {
        if (r.title != null && !r.title.isBlank()) {
            return r;
        }
        RecordLinks owner = byType.get(r.type);
        if (owner != null) {
            try {
                return owner.describe(actor, r.id);
            } catch (LuoshiException e) {
                // not visible to the caller: keep the bare reference
            }
        }
        return r;
    }

    private static void add(List<RecordRefDTO> list, RecordRefDTO r) {
        if (list.stream().noneMatch(x -> x.is(r.type, r.id))) {
            list.add(r);
        }
    }
}
