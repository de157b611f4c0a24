package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** {@code /api/openapi.json} is generated from the resources served now: complete, valid OpenAPI 3, and honest. */
@ExtendWith(Platform.class)
class OpenApiIT {
    @Test
    void everyResourceMethodServedNowIsDescribedAndTheDocumentIsValidOpenApi3() {
        Platform.Answer doc = Platform.get(null, Platform.API + "/openapi.json");
        assertEquals(200, doc.status(), "openapi.json needs no login");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.body(), null, null);
        assertTrue(parsed.getOpenAPI() != null, "parses as OpenAPI 3: " + parsed.getMessages());
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(),
                "valid OpenAPI 3: " + parsed.getMessages());
        JsonNode api = doc.json();
        assertTrue(api.get("openapi").asText().startsWith("3."), api.get("openapi").asText());
        assertTrue(api.at("/components/securitySchemes/basic/scheme").asText().equals("basic"), "Basic security scheme");
        assertTrue(api.at("/components/schemas/Problem").isObject(), "problem+json schema");

        JsonNode resources = Platform.get("admin", Platform.API + "/admin/resources").json();
        assertTrue(resources.size() > 100, "the modules' resource methods are served: " + resources.size());
        List<String> missing = new ArrayList<>();
        List<String> unsummarised = new ArrayList<>();
        for (JsonNode r : resources) {
            String path = r.get("path").asText().replaceAll("\\{([A-Za-z0-9_]+):[^}]*\\}", "{$1}");
            String method = r.get("method").asText().toLowerCase(Locale.ROOT);
            if (path.equals("/docs") || path.startsWith("/docs/")) {
                continue; // the API page itself is hidden from the description
            }
            JsonNode op = api.path("paths").path(path).path(method);
            if (op.isMissingNode()) {
                missing.add(method + " " + path + " (" + r.get("class").asText() + ")");
            } else if (!op.path("summary").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)) {
                unsummarised.add(method + " " + path);
            }
            if (!op.isMissingNode()) {
                assertTrue(op.at("/responses/400/content/application~1problem+json/schema/$ref").asText()
                        .endsWith("/Problem"), "problem+json documented for " + method + " " + path);
            }
        }
        assertTrue(missing.isEmpty(), "not in openapi.json: " + missing);
        assertTrue(unsummarised.isEmpty(), "no Chinese summary: " + unsummarised);
        // request and response schemas of the DTOs
        assertTrue(api.at("/components/schemas/HazardDTO/properties/description").isObject(),
                "HazardDTO schema with its fields");
        assertTrue(api.at("/paths/~1hazards/post/requestBody/content").isObject(), "request body of POST /hazards");
        for (String open : List.of("/paths/~1public~1tipoffs~1{jurisdiction}/post/security", "/paths/~1health/get/security")) {
            JsonNode security = api.at(open);
            assertTrue(security.isArray() && security.isEmpty(), "no login on " + open + ": " + security);
        }
        assertTrue(api.at("/security/0/basic").isArray(), "everything else needs HTTP Basic");
    }

    @Test
    void theApiPageIsServedWithoutCdn() {
        Platform.Answer page = Platform.get(null, Platform.API + "/docs");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("swagger-ui-bundle.js") && !page.body().contains("https://"), page.body());
        Platform.Answer js = Platform.get(null, Platform.API + "/docs/swagger-ui-bundle.js");
        assertEquals(200, js.status());
        assertTrue(js.body().length() > 100_000, "Swagger UI served from the bundle");
    }
}
