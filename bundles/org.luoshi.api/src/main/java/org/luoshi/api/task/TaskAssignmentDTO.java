package org.luoshi.api.task;

/** Assigns a task: responsible units and persons, and optionally a settled deadline (text; a date or a readable text). */
public class TaskAssignmentDTO {
    public String responsibleUnits;
    public String responsiblePersons;
    /** New deadline text or yyyy-MM-dd; null keeps the current one. */
    public String deadline;
    public Long version;
}
