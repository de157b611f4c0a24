package org.luoshi.api.workbench;

import java.util.ArrayList;
import java.util.List;

/** The caller's workbench as every present module contributes it: to-dos (earliest due first), counts and charts. */
public class WorkbenchDTO {
    /** The day the figures are for (yyyy-MM-dd, Asia/Shanghai). */
    public String today;
    public List<WorkItemDTO> items = new ArrayList<>();
    public List<WorkCountDTO> counts = new ArrayList<>();
    public List<ChartDTO> charts = new ArrayList<>();
}
