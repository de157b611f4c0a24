package org.luoshi.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the few scripts the views load besides Vaadin's bundle, at {@value #PATH}{@code <name>}, from this bundle's
 * class path; a name not on the list is a 404. The names carry the version, so browsers keep them for a year.
 */
public final class StaticScripts extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where they are served (below the UI's root). */
    public static final String PATH = "/static/";
    /** Apache ECharts, unpacked from its WebJar by the build (the version is the pom's {@code echarts.version}). */
    public static final String ECHARTS = org.luoshi.ui.kit.Charts.FILE;

    private static final Map<String, String> FILES = Map.of(ECHARTS,
            "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String resource = FILES.get(name);
        InputStream in = resource == null ? null : StaticScripts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType("text/javascript;charset=UTF-8");
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            in.transferTo(response.getOutputStream());
        }
    }
}
