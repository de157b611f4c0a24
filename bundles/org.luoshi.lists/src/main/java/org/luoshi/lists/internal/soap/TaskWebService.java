package org.luoshi.lists.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.task.DeadlineCorrectionDTO;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;

/** SOAP contract of the key work task list (重点工作任务清单); HTTP Basic authentication, refusals as SOAP Faults. */
@WebService(name = "TaskService", targetNamespace = SoapSupport.NS)
public interface TaskWebService {
    @WebMethod
    @WebResult(name = "task")
    List<TaskDTO> importCatalog(@WebParam(name = "request") TaskImportDTO request);

    @WebMethod
    @WebResult(name = "task")
    TaskDTO getTask(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "task")
    TaskDTO assignTask(@WebParam(name = "id") long id, @WebParam(name = "assignment") TaskAssignmentDTO assignment);

    @WebMethod
    @WebResult(name = "task")
    TaskDTO correctTaskDeadline(@WebParam(name = "id") long id,
            @WebParam(name = "correction") DeadlineCorrectionDTO correction);

    @WebMethod
    @WebResult(name = "task")
    TaskDTO addTaskEntry(@WebParam(name = "id") long id, @WebParam(name = "entry") TaskEntryDTO entry);

    @WebMethod
    @WebResult(name = "task")
    TaskDTO completeTask(@WebParam(name = "id") long id, @WebParam(name = "completedOn") String completedOn);

    @WebMethod
    @WebResult(name = "page")
    TaskPage listTasks(@WebParam(name = "query") TaskQuery query);
}
