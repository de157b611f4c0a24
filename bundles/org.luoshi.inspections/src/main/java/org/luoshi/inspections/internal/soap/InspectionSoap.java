package org.luoshi.inspections.internal.soap;

import java.util.List;

import javax.xml.ws.WebServiceContext;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.inspection.FindingDTO;
import org.luoshi.api.inspection.InspectionDTO;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /inspections}: every call delegated to the {@link InspectionService} as the caller. */
@Component(service = InspectionWebService.class, property = SoapSupport.ADDRESS + "=/inspections")
public class InspectionSoap implements InspectionWebService {
    @javax.annotation.Resource
    private WebServiceContext context;

    private final InspectionService inspections;

    @Activate
    public InspectionSoap(@Reference InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public InspectionDTO createInspection(InspectionDTO inspection) {
        return inspections.create(SoapSupport.actor(context), inspection);
    }

    @Override
    public InspectionDTO addFinding(long id, FindingDTO finding) {
        return inspections.addFinding(SoapSupport.actor(context), id, finding);
    }

    @Override
    public InspectionDTO findingToHazard(long id, long findingId, HazardDTO details) {
        return inspections.findingToHazard(SoapSupport.actor(context), id, findingId, details);
    }

    @Override
    public InspectionDTO feedback(long id, String date, String text) {
        return inspections.feedback(SoapSupport.actor(context), id, date, text);
    }

    @Override
    public InspectionDTO reportRectification(long id, String date, String report, String similarCases) {
        return inspections.report(SoapSupport.actor(context), id, date, report, similarCases);
    }

    @Override
    public InspectionDTO closeFinding(long id, long findingId, String note) {
        return inspections.closeFinding(SoapSupport.actor(context), id, findingId, note);
    }

    @Override
    public InspectionDTO closeInspection(long id) {
        return inspections.close(SoapSupport.actor(context), id);
    }

    @Override
    public InspectionDTO getInspection(long id) {
        return inspections.get(SoapSupport.actor(context), id);
    }

    @Override
    public List<InspectionDTO> listInspections(String jurisdiction, String kind, String status, int offset, int limit) {
        return inspections.list(SoapSupport.actor(context), jurisdiction, kind, status, offset, limit);
    }

    @Override
    public InspectionDTO confirmInspection(long id, InspectionDTO details) {
        return inspections.confirm(SoapSupport.actor(context), id, details);
    }

    @Override
    public InspectionDTO discardInspection(long id, String reason) {
        return inspections.discard(SoapSupport.actor(context), id, reason);
    }
}
