package org.luoshi.publicity.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of mechanism 7 (宣传曝光): publications with approval, warning education. */
@WebService(name = "PublicityService", targetNamespace = SoapSupport.NS)
public interface PublicityWebService {
    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO draftPublication(@WebParam(name = "publication") PublicationDTO publication);

    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO draftDisclosure(@WebParam(name = "unit") String unit, @WebParam(name = "month") String month);

    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO submitPublication(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO approvePublication(@WebParam(name = "id") long id, @WebParam(name = "redactions") String redactions);

    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO rejectPublication(@WebParam(name = "id") long id, @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO withdrawPublication(@WebParam(name = "id") long id, @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "publication")
    PublicationDTO getPublication(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "item")
    List<PublicItemDTO> listPublished(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "kind") String kind);

    @WebMethod
    @WebResult(name = "education")
    EducationDTO recordEducation(@WebParam(name = "education") EducationDTO education);
}
