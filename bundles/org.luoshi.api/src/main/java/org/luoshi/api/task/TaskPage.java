package org.luoshi.api.task;

import java.util.ArrayList;
import java.util.List;

/** One page of tasks in catalog order, with the total count of matching tasks. */
public class TaskPage {
    public List<TaskDTO> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}
