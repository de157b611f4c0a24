package org.luoshi.inspections.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of mechanism 5 (巡查检查): inspections, findings, feedback, rectification reports. */
@WebService(name = "InspectionService", targetNamespace = SoapSupport.NS)
public interface InspectionWebService {
    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO createInspection(@WebParam(name = "inspection") InspectionDTO inspection);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO confirmInspection(@WebParam(name = "id") long id, @WebParam(name = "details") InspectionDTO details);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO discardInspection(@WebParam(name = "id") long id, @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO addFinding(@WebParam(name = "id") long id, @WebParam(name = "finding") FindingDTO finding);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO findingToHazard(@WebParam(name = "id") long id, @WebParam(name = "findingId") long findingId,
            @WebParam(name = "hazard") HazardDTO details);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO feedback(@WebParam(name = "id") long id, @WebParam(name = "date") String date,
            @WebParam(name = "text") String text);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO reportRectification(@WebParam(name = "id") long id, @WebParam(name = "date") String date,
            @WebParam(name = "report") String report, @WebParam(name = "similarCases") String similarCases);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO closeFinding(@WebParam(name = "id") long id, @WebParam(name = "findingId") long findingId,
            @WebParam(name = "note") String note);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO closeInspection(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO getInspection(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "inspection")
    List<InspectionDTO> listInspections(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "kind") String kind, @WebParam(name = "status") String status,
            @WebParam(name = "offset") int offset, @WebParam(name = "limit") int limit);
}
