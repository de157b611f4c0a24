package org.luoshi.dispatch.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/reporting}: written dispatch as the authenticated caller. */
@Component(service = ReportingWebService.class, property = SoapSupport.ADDRESS + "=/reporting")
public class ReportingSoap implements ReportingWebService {
    @Resource
    private WebServiceContext context;

    private final ReportingService reporting;

    @Activate
    public ReportingSoap(@Reference ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public List<CycleDTO> listCycles(String jurisdiction) {
        return reporting.cycles(SoapSupport.actor(context), jurisdiction);
    }

    @Override
    public List<PeriodDTO> listPeriods(String jurisdiction, String cycle, String from, String to) {
        return reporting.periods(SoapSupport.actor(context), jurisdiction, cycle, SoapSupport.date("from", from),
                SoapSupport.date("to", to));
    }

    @Override
    public SubmissionDTO submitReport(String jurisdiction, String cycle, int periodIndex, String unit, String note) {
        return reporting.submit(SoapSupport.actor(context), jurisdiction, cycle, periodIndex, unit, note);
    }

    @Override
    public PeriodStatusDTO getPeriodStatus(String jurisdiction, String cycle, int periodIndex) {
        return reporting.status(SoapSupport.actor(context), jurisdiction, cycle, periodIndex);
    }
}
