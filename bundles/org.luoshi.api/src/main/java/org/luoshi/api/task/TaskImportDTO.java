package org.luoshi.api.task;

import java.util.ArrayList;
import java.util.List;

/** Turns catalog tasks of an installed jurisdiction into an office's task list for a year. */
public class TaskImportDTO {
    public String jurisdiction;
    /** The office (unit id) whose list it becomes. */
    public String unit;
    public int year;
    /** Catalog task numbers; empty means the whole catalog. */
    public List<Integer> numbers = new ArrayList<>();
}
