package org.luoshi.api.workbench;

import java.util.ArrayList;
import java.util.List;

/** One series of a chart: its name and one figure per category. */
public class ChartSeriesDTO {
    public String name;
    public List<Number> values = new ArrayList<>();

    public ChartSeriesDTO() {
    }

    public ChartSeriesDTO(String name, List<? extends Number> values) {
        this.name = name;
        this.values = new ArrayList<>(values);
    }
}
