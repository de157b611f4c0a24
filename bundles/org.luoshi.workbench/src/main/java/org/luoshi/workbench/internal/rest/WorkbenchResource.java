package org.luoshi.workbench.internal.rest;

import java.time.LocalDate;
import java.time.ZoneId;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.rest.RestSupport;
import org.luoshi.api.workbench.Workbench;
import org.luoshi.api.workbench.WorkbenchDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's workbench (工作台) at {@code /api/workbench}: to-dos, counts and charts. */
@Path("/workbench")
@Produces(RestSupport.JSON)
@Tag(name = "工作台")
@Component(service = WorkbenchResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class WorkbenchResource {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Workbench workbench;

    @Activate
    public WorkbenchResource(@Reference Workbench workbench) {
        this.workbench = workbench;
    }

    @GET
    @Operation(summary = "我的工作台：待办事项、统计数与图表")
    public WorkbenchDTO get(@Context SecurityContext sc) {
        return workbench.of(RestSupport.actor(sc), LocalDate.now(ZONE));
    }
}
