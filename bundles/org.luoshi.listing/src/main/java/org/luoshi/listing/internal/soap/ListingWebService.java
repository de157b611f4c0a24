package org.luoshi.listing.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.ProgressReportDTO;
import org.luoshi.api.listing.SignOffDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of listed supervision of major hazards (重大事故隐患挂牌督办); refusals are SOAP Faults. */
@WebService(name = "ListingService", targetNamespace = SoapSupport.NS)
public interface ListingWebService {
    @WebMethod
    @WebResult(name = "listing")
    ListingDTO listHazard(@WebParam(name = "request") ListingRequestDTO request);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO getListing(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO submitPlan(@WebParam(name = "id") long id, @WebParam(name = "plan") PlanDTO plan);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO track(@WebParam(name = "id") long id, @WebParam(name = "entry") TrackingDTO entry);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO reportProgress(@WebParam(name = "id") long id, @WebParam(name = "report") ProgressReportDTO report);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO signOff(@WebParam(name = "id") long id, @WebParam(name = "signOff") SignOffDTO signOff);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO requestExtension(@WebParam(name = "id") long id, @WebParam(name = "request") ExtensionDTO request);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO decideExtension(@WebParam(name = "id") long id, @WebParam(name = "approve") boolean approve,
            @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO reportCompletion(@WebParam(name = "id") long id, @WebParam(name = "report") String report,
            @WebParam(name = "completedOn") String completedOn);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO delegateReview(@WebParam(name = "id") long id, @WebParam(name = "reviewUnit") String reviewUnit);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO review(@WebParam(name = "id") long id, @WebParam(name = "review") ReviewDTO review);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO delist(@WebParam(name = "id") long id, @WebParam(name = "date") String date);

    @WebMethod
    @WebResult(name = "listing")
    ListingDTO addFollowUp(@WebParam(name = "id") long id, @WebParam(name = "followUp") FollowUpDTO followUp);

    @WebMethod
    @WebResult(name = "page")
    ListingPage searchListings(@WebParam(name = "query") ListingQuery query);
}
