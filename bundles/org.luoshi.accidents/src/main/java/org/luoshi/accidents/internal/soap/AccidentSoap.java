package org.luoshi.accidents.internal.soap;

import java.util.List;

import javax.xml.ws.WebServiceContext;

import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.accident.AccidentStepDTO;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /accidents}: every call delegated to the {@link AccidentService} as the caller. */
@Component(service = AccidentWebService.class, property = SoapSupport.ADDRESS + "=/accidents")
public class AccidentSoap implements AccidentWebService {
    @javax.annotation.Resource
    private WebServiceContext context;

    private final AccidentService accidents;

    @Activate
    public AccidentSoap(@Reference AccidentService accidents) {
        this.accidents = accidents;
    }

    @Override
    public AccidentDTO recordAccident(AccidentDTO accident) {
        return accidents.record(SoapSupport.actor(context), accident);
    }

    @Override
    public AccidentDTO getAccident(long id) {
        return accidents.get(SoapSupport.actor(context), id);
    }

    @Override
    public List<AccidentDTO> listAccidents(AccidentQuery query) {
        return accidents.list(SoapSupport.actor(context), query).items;
    }

    @Override
    public AccidentDTO addAccidentStep(long id, AccidentStepDTO step) {
        return accidents.addStep(SoapSupport.actor(context), id, step);
    }

    @Override
    public List<String> accidentSectors(String jurisdiction) {
        return accidents.sectors(jurisdiction);
    }

    @Override
    public List<AccidentFiringDTO> listAccidentFirings(String jurisdiction, int offset, int limit) {
        return accidents.firings(SoapSupport.actor(context), jurisdiction, offset, limit).items;
    }

    @Override
    public AccidentFiringDTO decideAccidentAction(long firing, int action, boolean confirm, String note) {
        return accidents.decide(SoapSupport.actor(context), firing, action, confirm, note);
    }
}
