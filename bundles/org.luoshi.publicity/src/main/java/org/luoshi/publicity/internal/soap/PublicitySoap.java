package org.luoshi.publicity.internal.soap;

import java.util.List;

import javax.xml.ws.WebServiceContext;

import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /publicity}: every call delegated to the {@link PublicityService} as the caller. */
@Component(service = PublicityWebService.class, property = SoapSupport.ADDRESS + "=/publicity")
public class PublicitySoap implements PublicityWebService {
    @javax.annotation.Resource
    private WebServiceContext context;

    private final PublicityService publicity;

    @Activate
    public PublicitySoap(@Reference PublicityService publicity) {
        this.publicity = publicity;
    }

    @Override
    public PublicationDTO draftPublication(PublicationDTO publication) {
        return publicity.draft(SoapSupport.actor(context), publication);
    }

    @Override
    public PublicationDTO draftDisclosure(String unit, String month) {
        return publicity.draftDisclosure(SoapSupport.actor(context), unit, month);
    }

    @Override
    public PublicationDTO submitPublication(long id) {
        return publicity.submit(SoapSupport.actor(context), id);
    }

    @Override
    public PublicationDTO approvePublication(long id, String redactions) {
        return publicity.approve(SoapSupport.actor(context), id, redactions);
    }

    @Override
    public PublicationDTO rejectPublication(long id, String reason) {
        return publicity.reject(SoapSupport.actor(context), id, reason);
    }

    @Override
    public PublicationDTO withdrawPublication(long id, String reason) {
        return publicity.withdraw(SoapSupport.actor(context), id, reason);
    }

    @Override
    public PublicationDTO getPublication(long id) {
        return publicity.get(SoapSupport.actor(context), id);
    }

    /** The public list, for an authenticated caller like every SOAP call. */
    @Override
    public List<PublicItemDTO> listPublished(String jurisdiction, String kind) {
        SoapSupport.actor(context);
        return publicity.published(jurisdiction, kind, 0, 100);
    }

    @Override
    public EducationDTO recordEducation(EducationDTO education) {
        return publicity.recordEducation(SoapSupport.actor(context), education);
    }
}
