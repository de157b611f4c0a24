package org.luoshi.dispatch.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of written dispatch: a jurisdiction's cycles, their periods, reports and non-submitters. */
@WebService(name = "ReportingService", targetNamespace = SoapSupport.NS)
public interface ReportingWebService {
    @WebMethod
    @WebResult(name = "cycle")
    List<CycleDTO> listCycles(@WebParam(name = "jurisdiction") String jurisdiction);

    /** from/to as yyyy-MM-dd. */
    @WebMethod
    @WebResult(name = "period")
    List<PeriodDTO> listPeriods(@WebParam(name = "jurisdiction") String jurisdiction, @WebParam(name = "cycle") String cycle,
            @WebParam(name = "from") String from, @WebParam(name = "to") String to);

    @WebMethod
    @WebResult(name = "submission")
    SubmissionDTO submitReport(@WebParam(name = "jurisdiction") String jurisdiction, @WebParam(name = "cycle") String cycle,
            @WebParam(name = "periodIndex") int periodIndex, @WebParam(name = "unit") String unit,
            @WebParam(name = "note") String note);

    @WebMethod
    @WebResult(name = "status")
    PeriodStatusDTO getPeriodStatus(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "cycle") String cycle, @WebParam(name = "periodIndex") int periodIndex);
}
