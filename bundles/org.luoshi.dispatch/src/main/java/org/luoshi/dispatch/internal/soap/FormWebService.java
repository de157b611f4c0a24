package org.luoshi.dispatch.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.file.FileDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of report forms (written dispatch, e.g. the 调度表): computed figures, typed values, submission. */
@WebService(name = "FormService", targetNamespace = SoapSupport.NS)
public interface FormWebService {
    @WebMethod
    @WebResult(name = "form")
    FormDTO getForm(@WebParam(name = "jurisdiction") String jurisdiction, @WebParam(name = "cycle") String cycle);

    @WebMethod
    @WebResult(name = "report")
    FormReportDTO prepareReport(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "cycle") String cycle, @WebParam(name = "periodIndex") int periodIndex,
            @WebParam(name = "unit") String unit, @WebParam(name = "table") String table);

    @WebMethod
    @WebResult(name = "report")
    FormReportDTO submitReport(@WebParam(name = "report") FormReportDTO report);

    /**
     * An attachment for a FILE field (base64Binary content): stored for the unit with the file service; the answer's id
     * is the field's value in {@code submitReport} and {@code saveDraft}.
     */
    @WebMethod
    @WebResult(name = "file")
    FileDTO attachFile(@WebParam(name = "jurisdiction") String jurisdiction, @WebParam(name = "cycle") String cycle,
            @WebParam(name = "unit") String unit, @WebParam(name = "field") String field,
            @WebParam(name = "name") String name, @WebParam(name = "content") byte[] content);

    /** 暂存: keeps the typed values of an open table as a draft. */
    @WebMethod
    @WebResult(name = "report")
    FormReportDTO saveDraft(@WebParam(name = "report") FormReportDTO report);

    /** 更正: corrects a submitted table, with the reason (the values before are kept). */
    @WebMethod
    @WebResult(name = "report")
    FormReportDTO correctReport(@WebParam(name = "id") long id, @WebParam(name = "report") FormReportDTO report,
            @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "report")
    List<FormReportDTO> listReports(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "cycle") String cycle, @WebParam(name = "periodIndex") int periodIndex);
}
