package org.luoshi.spotchecks.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.spotcheck.CoverageRowDTO;
import org.luoshi.api.spotcheck.RedrawDTO;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckRuleDTO;
import org.luoshi.api.spotcheck.SpotCheckService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/spot-checks}: spot checks as the authenticated caller. */
@Component(service = SpotCheckWebService.class, property = SoapSupport.ADDRESS + "=/spot-checks")
public class SpotCheckSoap implements SpotCheckWebService {
    @Resource
    private WebServiceContext context;

    private final SpotCheckService spotChecks;

    @Activate
    public SpotCheckSoap(@Reference SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Override
    public SpotCheckRuleDTO getRule(String office) {
        return spotChecks.rule(SoapSupport.actor(context), office);
    }

    @Override
    public SpotCheckDTO createCampaign(SpotCheckDTO campaign) {
        return spotChecks.create(SoapSupport.actor(context), campaign);
    }

    @Override
    public SpotCheckDTO drawSample(long id, String seed) {
        return spotChecks.draw(SoapSupport.actor(context), id, seed);
    }

    @Override
    public SpotCheckDTO getCampaign(long id) {
        return spotChecks.get(SoapSupport.actor(context), id);
    }

    @Override
    public RedrawDTO redraw(long id) {
        return spotChecks.redraw(SoapSupport.actor(context), id);
    }

    @Override
    public List<CoverageRowDTO> getCoverage(String unit, int year) {
        return spotChecks.coverage(SoapSupport.actor(context), unit, year);
    }
}
