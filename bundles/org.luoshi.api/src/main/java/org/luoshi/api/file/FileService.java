package org.luoshi.api.file;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Files kept in the database (no user-supplied path ever reaches the file system): at most the configured size
 * (ConfigAdmin {@code org.luoshi.files}, {@code maxBytes}, default 10 MiB), only PDF, JPEG, PNG, plain UTF-8 text and
 * Word/Excel (OOXML) documents, recognised by their content rather than by name or declared type.
 */
@ProviderType
public interface FileService {
    /** Stores a file of {@code unit} (which the caller must see), readable also by the {@code readers} units. */
    FileDTO store(Actor actor, String ownerType, long ownerId, String unit, List<String> readers, String name,
            byte[] content);

    FileDTO get(Actor actor, long id);

    byte[] content(Actor actor, long id);

    List<FileDTO> list(Actor actor, String ownerType, long ownerId);
}
