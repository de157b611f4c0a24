package org.luoshi.api.workbench;

import java.time.LocalDate;
import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The workbench assembled from every {@link WorkbenchSource} present (the faces' one entry point). */
@ProviderType
public interface Workbench {
    /** Every present source's to-dos, counts and charts for the actor; a source that fails is left out (and logged). */
    WorkbenchDTO of(Actor actor, LocalDate today);

    /** Only the to-dos (no counts, no charts): cheap enough for the menu's badges on every navigation. */
    List<WorkItemDTO> items(Actor actor, LocalDate today);

    /** The keys of the modules contributing right now. */
    List<String> modules();
}
