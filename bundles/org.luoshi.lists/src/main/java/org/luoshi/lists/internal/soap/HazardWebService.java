package org.luoshi.lists.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.summary.SummaryDTO;

/** SOAP contract of the hazard list (问题隐患整改清单); HTTP Basic authentication, refusals as SOAP Faults. */
@WebService(name = "HazardService", targetNamespace = SoapSupport.NS)
public interface HazardWebService {
    @WebMethod
    @WebResult(name = "hazard")
    HazardDTO createHazard(@WebParam(name = "hazard") HazardDTO hazard);

    @WebMethod
    @WebResult(name = "hazard")
    HazardDTO getHazard(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "hazard")
    HazardDTO updateProgress(@WebParam(name = "id") long id, @WebParam(name = "update") ProgressUpdateDTO update);

    @WebMethod
    @WebResult(name = "page")
    HazardPage listHazards(@WebParam(name = "query") HazardQuery query);

    @WebMethod
    @WebResult(name = "hazard")
    HazardDTO reviewHazard(@WebParam(name = "id") long id, @WebParam(name = "review") HazardReviewDTO review);

    /** The level summary (汇总) of a unit and the units below it. */
    @WebMethod
    @WebResult(name = "summary")
    SummaryDTO getSummary(@WebParam(name = "unit") String unit);
}
