package org.luoshi.rest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code GET /api/openapi.json}: OpenAPI 3 generated (swagger-core) from the JAX-RS annotations of the resources
 * served now, so a module that leaves takes its paths with it. Built once per set of resources. No login.
 */
@Path("/openapi.json")
@Tag(name = "平台")
@Component(service = OpenApiResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class OpenApiResource {
    static final String PROBLEM = "Problem";
    private static final Map<String, String> ERRORS = Map.of("400", "请求有误（字段错误见 errors）", "401", "需要登录（HTTP Basic）",
            "403", "无权访问", "404", "未找到，或不在本单位可见范围内", "409", "状态冲突（当前状态不允许此操作）",
            "503", "所需模块未启用或正在启动");

    private static final long AHEAD_DELAY_SECONDS = 3;
    private final ApiModel api;
    private volatile Cached cached;
    /**
     * Builds the document ahead, a while after the last change (off the busy start-up, once per settled set of
     * resources), so the first request after a module came or went is quick; a request before that builds it itself.
     */
    private final java.util.concurrent.ScheduledExecutorService ahead =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "luoshi-openapi");
                t.setDaemon(true);
                return t;
            });
    private final Runnable changed;
    private java.util.concurrent.ScheduledFuture<?> planned;

    private record Cached(Set<Class<?>> classes, String json) {
    }

    @Activate
    public OpenApiResource(@Reference ApiModel api) {
        this.api = api;
        this.changed = this::plan;
        api.addListener(changed);
        plan();
    }

    private synchronized void plan() {
        if (ahead.isShutdown()) {
            return;
        }
        if (planned != null) {
            planned.cancel(false);
        }
        planned = ahead.schedule(() -> {
            if (api.settled()) { // a later change is on its way otherwise: build for that one
                current();
            }
        }, AHEAD_DELAY_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        api.removeListener(changed);
        ahead.shutdownNow();
    }

    @GET
    @Produces(RestSupport.JSON)
    @Operation(summary = "本接口的 OpenAPI 3 描述（按当前已启用的模块生成，无需登录）")
    @SecurityRequirements
    public Response openapi() {
        return Response.ok(current(), RestSupport.JSON).build();
    }

    /** The document of the resources served now (built once per set of resource classes). */
    private synchronized String current() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (ApiModel.Contribution c : api.resources()) {
            classes.add(c.resource().getClass());
        }
        Cached c = cached;
        if (c == null || !c.classes().equals(classes)) {
            try {
                c = new Cached(classes, build(classes));
            } catch (Exception e) {
                throw new IllegalStateException("OpenAPI document could not be built", e);
            }
            cached = c;
        }
        return c.json();
    }

    /**
     * Each resource class is read once (swagger-core), and the document is the merge of the classes served now: a
     * module that comes costs the reading of its own classes, not of the whole API.
     */
    private final Map<Class<?>, OpenAPI> fragments = new java.util.HashMap<>();
    /** The operation ids swagger-core gave within one class (made unique across classes on every merge). */
    private final Map<io.swagger.v3.oas.models.Operation, String> operationIds = new java.util.IdentityHashMap<>();

    private String build(Set<Class<?>> classes) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OpenApiResource.class.getClassLoader());
        try {
            fragments.keySet().retainAll(classes);
            OpenAPI doc = new OpenAPI()
                    .info(new Info().title("落实 Luoshi REST API").version("1.0")
                            .description("安全生产“落实机制”平台的 REST 接口。除 /health、/openapi.json、/docs 与 /public/… 外，"
                                    + "均需 HTTP Basic 认证（Karaf JAAS）；用户可见其所属单位（角色 unit:<id>）及下级单位的记录。"
                                    + "错误均为 application/problem+json（status、title、detail，字段错误见 errors）。"
                                    + "日期为 yyyy-MM-dd（Asia/Shanghai）。列表均为 {items, total, offset, limit}。"))
                    .servers(List.of(new Server().url("/api")))
                    .components(new Components()
                            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                            .addSchemas(PROBLEM, problem()))
                    .addSecurityItem(new SecurityRequirement().addList("basic"))
                    .paths(new Paths());
            for (Class<?> c : classes) {
                OpenAPI f = fragments.get(c);
                if (f == null) {
                    f = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true)).read(Set.of(c));
                    addErrors(f);
                    if (f.getPaths() != null) {
                        f.getPaths().values().forEach(item -> item.readOperations()
                                .forEach(op -> operationIds.put(op, op.getOperationId())));
                    }
                    fragments.put(c, f);
                }
                merge(doc, f);
            }
            // unique across classes, as one read would have made them: the first keeps its id, the next get _1, _2, …
            Set<String> used = new java.util.HashSet<>();
            java.util.Set<io.swagger.v3.oas.models.Operation> served = java.util.Collections.newSetFromMap(
                    new java.util.IdentityHashMap<>());
            doc.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                served.add(op);
                String base = operationIds.get(op);
                if (base != null) {
                    String id = base;
                    for (int n = 1; !used.add(id); n++) {
                        id = base + "_" + n;
                    }
                    op.setOperationId(id);
                }
            }));
            operationIds.keySet().retainAll(served);
            return Json.mapper().writeValueAsString(doc);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Adds one class's paths, schemas and tags to the document (an operation already there stays). */
    private static void merge(OpenAPI doc, OpenAPI f) {
        if (f.getPaths() != null) {
            f.getPaths().forEach((path, item) -> {
                PathItem mine = doc.getPaths().get(path);
                if (mine == null) {
                    doc.getPaths().addPathItem(path, item);
                } else {
                    item.readOperationsMap().forEach((method, op) -> {
                        if (!mine.readOperationsMap().containsKey(method)) {
                            mine.operation(method, op);
                        }
                    });
                }
            });
        }
        if (f.getComponents() != null && f.getComponents().getSchemas() != null) {
            f.getComponents().getSchemas().forEach((name, schema) -> {
                if (doc.getComponents().getSchemas() == null || !doc.getComponents().getSchemas().containsKey(name)) {
                    doc.getComponents().addSchemas(name, schema);
                }
            });
        }
        if (f.getTags() != null) {
            for (io.swagger.v3.oas.models.tags.Tag t : f.getTags()) {
                if (doc.getTags() == null || doc.getTags().stream().noneMatch(x -> x.getName().equals(t.getName()))) {
                    doc.addTagsItem(t);
                }
            }
        }
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("RFC 7807 错误说明")
                .addProperty("type", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("title", new StringSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                        .description("字段 → 错误说明"));
    }

    /** Every operation documents the problem+json answers it may give. */
    private static void addErrors(OpenAPI doc) {
        if (doc.getPaths() == null) {
            return;
        }
        Content content = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        for (Map.Entry<String, PathItem> path : doc.getPaths().entrySet()) {
            boolean open = path.getKey().startsWith("/public/") || path.getKey().equals("/health")
                    || path.getKey().equals("/openapi.json");
            for (io.swagger.v3.oas.models.Operation op : path.getValue().readOperations()) {
                if (open) {
                    op.setSecurity(List.of()); // no login: the reporter's side, health, this document
                }
                ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
                ERRORS.forEach((code, text) -> {
                    if (!responses.containsKey(code)) {
                        responses.addApiResponse(code, new ApiResponse().description(text).content(content));
                    }
                });
                op.setResponses(responses);
            }
        }
    }
}
