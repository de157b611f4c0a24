package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.publicity.EducationDTO;
import org.luoshi.api.publicity.PublicItemDTO;
import org.luoshi.api.publicity.PublicationDTO;
import org.luoshi.api.publicity.PublicityService;

/** SOAP contract of mechanism 7 (宣传曝光): publications with approval, warning education. */
@WebService(name = "PublicityService", targetNamespace = SoapEndpoints.NS)
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

    /** Delegates every call to the {@link PublicityService} as the authenticated caller. */
    final class Impl implements PublicityWebService {
        private final PublicityService publicity;

        Impl(PublicityService publicity) {
            this.publicity = publicity;
        }

        @Override
        public PublicationDTO draftPublication(PublicationDTO publication) {
            return SoapCalls.call(a -> publicity.draft(a, publication));
        }

        @Override
        public PublicationDTO draftDisclosure(String unit, String month) {
            return SoapCalls.call(a -> publicity.draftDisclosure(a, unit, month));
        }

        @Override
        public PublicationDTO submitPublication(long id) {
            return SoapCalls.call(a -> publicity.submit(a, id));
        }

        @Override
        public PublicationDTO approvePublication(long id, String redactions) {
            return SoapCalls.call(a -> publicity.approve(a, id, redactions));
        }

        @Override
        public PublicationDTO rejectPublication(long id, String reason) {
            return SoapCalls.call(a -> publicity.reject(a, id, reason));
        }

        @Override
        public PublicationDTO withdrawPublication(long id, String reason) {
            return SoapCalls.call(a -> publicity.withdraw(a, id, reason));
        }

        @Override
        public PublicationDTO getPublication(long id) {
            return SoapCalls.call(a -> publicity.get(a, id));
        }

        @Override
        public List<PublicItemDTO> listPublished(String jurisdiction, String kind) {
            return SoapCalls.call(a -> publicity.published(jurisdiction, kind, 0, 100));
        }

        @Override
        public EducationDTO recordEducation(EducationDTO education) {
            return SoapCalls.call(a -> publicity.recordEducation(a, education));
        }
    }
}
