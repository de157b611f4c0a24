package org.luoshi.example.overview;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The example's SOAP endpoint: the SOAP shell publishes it at {@code /soap/example} (HTTP Basic, refusals as Faults). */
@Component(service = OverviewWebService.class, property = SoapSupport.ADDRESS + "=/example")
public class OverviewSoap implements OverviewWebService {
    @Resource
    private WebServiceContext context;
    private final JurisdictionRegistry registry;

    @Activate
    public OverviewSoap(@Reference JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<OverviewDTO> listOverviews() {
        return Overviews.visible(registry, SoapSupport.actor(context));
    }

    @Override
    public OverviewDTO getOverview(String jurisdiction) {
        return Overviews.one(registry, SoapSupport.actor(context), jurisdiction);
    }
}
