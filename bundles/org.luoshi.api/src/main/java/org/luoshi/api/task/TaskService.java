package org.luoshi.api.task;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The key work task list of mechanism 1. Every method checks the caller's units and throws
 * {@link org.luoshi.api.LuoshiException} on refusal; every write goes to the audit trail.
 */
@ProviderType
public interface TaskService {
    /** Creates one task per catalog task (skipping tasks already on that office's list for that year). */
    List<TaskDTO> importCatalog(Actor actor, TaskImportDTO request);

    /**
     * Creates tasks not taken from a catalog (e.g. assignments of a dispatch meeting): each needs jurisdiction, unit,
     * year, measure, responsibleUnits and a deadline text; all are created or none.
     */
    List<TaskDTO> create(Actor actor, List<TaskDTO> tasks);

    TaskDTO get(Actor actor, long id);

    TaskDTO assign(Actor actor, long id, TaskAssignmentDTO assignment);

    TaskDTO addEntry(Actor actor, long id, TaskEntryDTO entry);

    /**
     * Settles the deadline's date (a misprint, or a reading a person does not share) and keeps the printed text; a
     * reason is required. Whoever may assign the task may correct it.
     */
    TaskDTO correctDeadline(Actor actor, long id, DeadlineCorrectionDTO correction);

    /** Records completion on a date (yyyy-MM-dd, not in the future). */
    TaskDTO complete(Actor actor, long id, String completedOn);

    TaskPage list(Actor actor, TaskQuery query);
}
