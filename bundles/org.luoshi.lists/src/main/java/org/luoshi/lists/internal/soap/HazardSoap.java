package org.luoshi.lists.internal.soap;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/hazards}: the hazard list and the level summary as the authenticated caller. */
@Component(service = HazardWebService.class, property = SoapSupport.ADDRESS + "=/hazards")
public class HazardSoap implements HazardWebService {
    @Resource
    private WebServiceContext context;

    private final HazardService hazards;
    private final SummaryService summary;

    @Activate
    public HazardSoap(@Reference HazardService hazards, @Reference SummaryService summary) {
        this.hazards = hazards;
        this.summary = summary;
    }

    @Override
    public HazardDTO createHazard(HazardDTO hazard) {
        return hazards.create(SoapSupport.actor(context), hazard);
    }

    @Override
    public HazardDTO getHazard(long id) {
        return hazards.get(SoapSupport.actor(context), id);
    }

    @Override
    public HazardDTO updateProgress(long id, ProgressUpdateDTO update) {
        return hazards.updateProgress(SoapSupport.actor(context), id, update);
    }

    @Override
    public HazardPage listHazards(HazardQuery query) {
        return hazards.list(SoapSupport.actor(context), query);
    }

    @Override
    public HazardDTO reviewHazard(long id, HazardReviewDTO review) {
        return hazards.review(SoapSupport.actor(context), id, review);
    }

    @Override
    public SummaryDTO getSummary(String unit) {
        return summary.summary(SoapSupport.actor(context), unit);
    }
}
