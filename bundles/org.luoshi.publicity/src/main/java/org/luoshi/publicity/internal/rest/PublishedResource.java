package org.luoshi.publicity.internal.rest;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

import org.luoshi.api.PageDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** No login: what the public page shows (published items of a jurisdiction and those below it). */
@Path("/public/publications")
@Produces(RestSupport.JSON)
@Tag(name = "宣传曝光（公开）")
@Component(service = PublishedResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class PublishedResource {
    /** The service's own page size for the public list, used to walk it for its total. */
    static final int CHUNK = 100;
    /** The furthest offset the public list answers. */
    static final int MAX_OFFSET = 100000;

    private final PublicityService publicity;

    @Activate
    public PublishedResource(@Reference PublicityService publicity) {
        this.publicity = publicity;
    }

    @GET
    @Operation(summary = "已发布的宣传曝光（无需登录，分页，按辖区、类型筛选）")
    public PageDTO<PublicItemDTO> list(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("kind") String kind,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw RestSupport.bad("jurisdiction", "请指定辖区（jurisdiction）");
        }
        int from = RestSupport.integer("offset", offset, 0, MAX_OFFSET);
        int size = RestSupport.integer("limit", limit, 1, 100);
        List<PublicItemDTO> all = new ArrayList<>();
        for (int at = 0; at <= MAX_OFFSET + 100; at += CHUNK) {
            List<PublicItemDTO> chunk = publicity.published(jurisdiction.strip(), kind, at, CHUNK);
            all.addAll(chunk);
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        return PageDTO.of(all, from, size);
    }
}
