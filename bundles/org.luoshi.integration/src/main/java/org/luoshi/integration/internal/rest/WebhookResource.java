package org.luoshi.integration.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.luoshi.api.PageDTO;
import org.luoshi.api.integration.DeliveryDTO;
import org.luoshi.api.integration.WebhookDTO;
import org.luoshi.api.integration.Webhooks;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 事件订阅 at {@code /api/webhooks}: a service account (with its token) subscribes a URL to record events; administrators
 * see and end every subscription.
 */
@Path("/webhooks")
@Produces(RestSupport.JSON)
@Tag(name = "接入管理")
@Component(service = WebhookResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class WebhookResource {
    private final Webhooks webhooks;

    @Activate
    public WebhookResource(@Reference Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(summary = "事件订阅（接入账号看自己的，管理员看全部），含推送成功、待推送、失败的数目")
    public List<WebhookDTO> list(@Context SecurityContext sc) {
        return webhooks.list(RestSupport.actor(sc));
    }

    @GET
    @Path("types")
    @Operation(summary = "现在可以订阅其事件的记录类型（如 hazard、listing、letter）")
    public List<String> types(@Context SecurityContext sc) {
        RestSupport.actor(sc);
        return webhooks.types();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "订阅事件：答复中的 secret（签名密钥）只出现这一次")
    public Response subscribe(@Context SecurityContext sc, WebhookDTO webhook) {
        WebhookDTO created = webhooks.subscribe(RestSupport.actor(sc), webhook);
        return Response.created(URI.create("webhooks/" + created.id)).entity(created).build();
    }

    @DELETE
    @Path("{id:[0-9]+}")
    @Operation(summary = "取消订阅（待推送的不再推送）")
    public WebhookDTO unsubscribe(@Context SecurityContext sc, @PathParam("id") long id) {
        return webhooks.unsubscribe(RestSupport.actor(sc), id);
    }

    @GET
    @Path("{id:[0-9]+}/deliveries")
    @Operation(summary = "一个订阅的推送记录（最新在前）：状态、尝试次数、接收方答复")
    public PageDTO<DeliveryDTO> deliveries(@Context SecurityContext sc, @PathParam("id") long id,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return webhooks.deliveries(RestSupport.actor(sc), id,
                offset == null ? 0 : RestSupport.integer("offset", offset, 0, Integer.MAX_VALUE),
                limit == null ? 50 : RestSupport.integer("limit", limit, 1, 200));
    }

    @POST
    @Path("deliveries/{id:[0-9]+}/retry")
    @Operation(summary = "立即重新推送一条未成功的推送（用原来的内容）")
    public DeliveryDTO retry(@Context SecurityContext sc, @PathParam("id") long id) {
        return webhooks.retry(RestSupport.actor(sc), id);
    }
}
