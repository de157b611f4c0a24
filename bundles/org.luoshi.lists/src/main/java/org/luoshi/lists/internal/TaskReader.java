package org.luoshi.lists.internal;

import org.luoshi.api.Actor;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordReader;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A task of the 清单 as the caller may see it, for readers outside the module (webhook payloads). */
@Component(service = RecordReader.class, property = RecordLinks.TYPE + "=task")
public class TaskReader implements RecordReader {
    private final TaskService tasks;

    @Activate
    public TaskReader(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Object read(Actor actor, String id) {
        return tasks.get(actor, RecordReader.numericId(id));
    }
}
