package org.luoshi.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Component;

import io.swagger.v3.oas.annotations.Hidden;

/** {@code /api/docs}: Swagger UI (embedded from the webjar, no CDN) on {@code /api/openapi.json}. No login. */
@Path("/docs")
@Hidden
@Component(service = DocsResource.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class DocsResource {
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css;charset=UTF-8",
            "swagger-ui-bundle.js", "application/javascript;charset=UTF-8",
            "swagger-ui-standalone-preset.js", "application/javascript;charset=UTF-8",
            "favicon-32x32.png", "image/png");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="UTF-8">
              <title>落实 Luoshi REST API</title>
              <link rel="stylesheet" href="docs/swagger-ui.css">
              <link rel="icon" type="image/png" href="docs/favicon-32x32.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="docs/swagger-ui-bundle.js"></script>
              <script src="docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({ url: "openapi.json", dom_id: "#swagger-ui", deepLinking: true,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" });
              </script>
            </body>
            </html>
            """;

    @GET
    public Response page() {
        return Response.ok(PAGE.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8").build();
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) throws IOException {
        String type = FILES.get(file);
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = DocsResource.class.getResourceAsStream("/META-INF/resources/webjars/swagger-ui/5.17.14/" + file)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "max-age=86400").build();
        }
    }
}
