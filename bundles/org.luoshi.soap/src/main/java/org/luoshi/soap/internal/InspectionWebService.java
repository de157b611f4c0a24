package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;

/** SOAP contract of mechanism 5 (巡查检查): inspections, findings, feedback, rectification reports. */
@WebService(name = "InspectionService", targetNamespace = SoapEndpoints.NS)
public interface InspectionWebService {
    @WebMethod
    @WebResult(name = "inspection")
    InspectionDTO createInspection(@WebParam(name = "inspection") InspectionDTO inspection);

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

    /** Delegates every call to the {@link InspectionService} as the authenticated caller. */
    final class Impl implements InspectionWebService {
        private final InspectionService inspections;

        Impl(InspectionService inspections) {
            this.inspections = inspections;
        }

        @Override
        public InspectionDTO createInspection(InspectionDTO inspection) {
            return SoapCalls.call(a -> inspections.create(a, inspection));
        }

        @Override
        public InspectionDTO addFinding(long id, FindingDTO finding) {
            return SoapCalls.call(a -> inspections.addFinding(a, id, finding));
        }

        @Override
        public InspectionDTO findingToHazard(long id, long findingId, HazardDTO details) {
            return SoapCalls.call(a -> inspections.findingToHazard(a, id, findingId, details));
        }

        @Override
        public InspectionDTO feedback(long id, String date, String text) {
            return SoapCalls.call(a -> inspections.feedback(a, id, date, text));
        }

        @Override
        public InspectionDTO reportRectification(long id, String date, String report, String similarCases) {
            return SoapCalls.call(a -> inspections.report(a, id, date, report, similarCases));
        }

        @Override
        public InspectionDTO closeFinding(long id, long findingId, String note) {
            return SoapCalls.call(a -> inspections.closeFinding(a, id, findingId, note));
        }

        @Override
        public InspectionDTO closeInspection(long id) {
            return SoapCalls.call(a -> inspections.close(a, id));
        }

        @Override
        public InspectionDTO getInspection(long id) {
            return SoapCalls.call(a -> inspections.get(a, id));
        }

        @Override
        public List<InspectionDTO> listInspections(String jurisdiction, String kind, String status, int offset, int limit) {
            return SoapCalls.call(a -> inspections.list(a, jurisdiction, kind, status, offset, limit));
        }
    }
}
