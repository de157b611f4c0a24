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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.integration.ServiceAccountDTO;
import org.luoshi.api.integration.ServiceAccounts;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 接入账号 at {@code /api/admin/service-accounts}: administrators make, list, renew and revoke integrators' tokens. */
@Path("/admin/service-accounts")
@Produces(RestSupport.JSON)
@Tag(name = "接入管理")
@Component(service = ServiceAccountResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class ServiceAccountResource {
    private final ServiceAccounts accounts;

    @Activate
    public ServiceAccountResource(@Reference ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "接入账号（所属单位、权限、最近使用时间；不含令牌）")
    public List<ServiceAccountDTO> list(@Context SecurityContext sc) {
        return accounts.list(RestSupport.actor(sc));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建接入账号：答复中的 token 只出现这一次，平台只保存其摘要")
    public Response create(@Context SecurityContext sc, ServiceAccountDTO account) {
        ServiceAccountDTO created = accounts.create(RestSupport.actor(sc), account);
        return Response.created(URI.create("admin/service-accounts/" + created.name)).entity(created).build();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "一个接入账号")
    public ServiceAccountDTO get(@Context SecurityContext sc, @PathParam("name") String name) {
        return accounts.get(RestSupport.actor(sc), name);
    }

    @POST
    @Path("{name}/token")
    @Operation(summary = "换发令牌：旧令牌立即失效，新令牌只在答复中出现这一次")
    public ServiceAccountDTO renew(@Context SecurityContext sc, @PathParam("name") String name) {
        return accounts.renewToken(RestSupport.actor(sc), name);
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "停用接入账号：令牌立即失效，事件订阅停止；记录与历史保留")
    public ServiceAccountDTO revoke(@Context SecurityContext sc, @PathParam("name") String name) {
        return accounts.revoke(RestSupport.actor(sc), name);
    }
}
