package org.luoshi.api.workbench;

import java.util.ArrayList;
import java.util.List;

/** A chart of the workbench: categories along one axis, one or more series of figures, and the list it drills down to. */
public class ChartDTO {
    public String module;
    public String key;
    public String title;
    /** {@code line}, {@code bar} or {@code pie}. */
    public String type;
    /** The categories (months, sources, units' names). */
    public List<String> categories = new ArrayList<>();
    public List<ChartSeriesDTO> series = new ArrayList<>();
    /** UI route of the list behind the chart. */
    public String route;
    public int order;
}
