package org.luoshi.lists.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.task.DeadlineCorrectionDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/tasks}: the key work task list as the authenticated caller. */
@Component(service = TaskWebService.class, property = SoapSupport.ADDRESS + "=/tasks")
public class TaskSoap implements TaskWebService {
    @Resource
    private WebServiceContext context;

    private final TaskService tasks;

    @Activate
    public TaskSoap(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<TaskDTO> importCatalog(TaskImportDTO request) {
        return tasks.importCatalog(SoapSupport.actor(context), request);
    }

    @Override
    public TaskDTO getTask(long id) {
        return tasks.get(SoapSupport.actor(context), id);
    }

    @Override
    public TaskDTO assignTask(long id, TaskAssignmentDTO assignment) {
        return tasks.assign(SoapSupport.actor(context), id, assignment);
    }

    @Override
    public TaskDTO correctTaskDeadline(long id, DeadlineCorrectionDTO correction) {
        return tasks.correctDeadline(SoapSupport.actor(context), id, correction);
    }

    @Override
    public TaskDTO addTaskEntry(long id, TaskEntryDTO entry) {
        return tasks.addEntry(SoapSupport.actor(context), id, entry);
    }

    @Override
    public TaskDTO completeTask(long id, String completedOn) {
        return tasks.complete(SoapSupport.actor(context), id, completedOn);
    }

    @Override
    public TaskPage listTasks(TaskQuery query) {
        return tasks.list(SoapSupport.actor(context), query);
    }
}
