package org.luoshi.listing.internal.soap;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.ProgressReportDTO;
import org.luoshi.api.listing.SignOffDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/listings}: listed supervision of major hazards as the authenticated caller. */
@Component(service = ListingWebService.class, property = SoapSupport.ADDRESS + "=/listings")
public class ListingSoap implements ListingWebService {
    @Resource
    private WebServiceContext context;

    private final ListingService listings;

    @Activate
    public ListingSoap(@Reference ListingService listings) {
        this.listings = listings;
    }

    @Override
    public ListingDTO listHazard(ListingRequestDTO request) {
        return listings.list(SoapSupport.actor(context), request);
    }

    @Override
    public ListingDTO getListing(long id) {
        return listings.get(SoapSupport.actor(context), id);
    }

    @Override
    public ListingDTO submitPlan(long id, PlanDTO plan) {
        return listings.submitPlan(SoapSupport.actor(context), id, plan);
    }

    @Override
    public ListingDTO track(long id, TrackingDTO entry) {
        return listings.track(SoapSupport.actor(context), id, entry);
    }

    @Override
    public ListingDTO reportProgress(long id, ProgressReportDTO report) {
        return listings.reportProgress(SoapSupport.actor(context), id, report);
    }

    @Override
    public ListingDTO signOff(long id, SignOffDTO signOff) {
        return listings.signOff(SoapSupport.actor(context), id, signOff);
    }

    @Override
    public ListingDTO requestExtension(long id, ExtensionDTO request) {
        return listings.requestExtension(SoapSupport.actor(context), id, request);
    }

    @Override
    public ListingDTO decideExtension(long id, boolean approve, String reason) {
        return listings.decideExtension(SoapSupport.actor(context), id, approve, reason);
    }

    @Override
    public ListingDTO reportCompletion(long id, String report, String completedOn) {
        return listings.reportCompletion(SoapSupport.actor(context), id, report, completedOn);
    }

    @Override
    public ListingDTO delegateReview(long id, String reviewUnit) {
        return listings.delegateReview(SoapSupport.actor(context), id, reviewUnit);
    }

    @Override
    public ListingDTO review(long id, ReviewDTO review) {
        return listings.review(SoapSupport.actor(context), id, review);
    }

    @Override
    public ListingDTO delist(long id, String date) {
        return listings.delist(SoapSupport.actor(context), id, date);
    }

    @Override
    public ListingDTO addFollowUp(long id, FollowUpDTO followUp) {
        return listings.addFollowUp(SoapSupport.actor(context), id, followUp);
    }

    @Override
    public ListingPage searchListings(ListingQuery query) {
        return listings.search(SoapSupport.actor(context), query);
    }
}
