package org.luoshi.dispatch.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.file.FileDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/forms}: report forms as the authenticated caller. */
@Component(service = FormWebService.class, property = SoapSupport.ADDRESS + "=/forms")
public class FormSoap implements FormWebService {
    @Resource
    private WebServiceContext context;

    private final FormService forms;

    @Activate
    public FormSoap(@Reference FormService forms) {
        this.forms = forms;
    }

    @Override
    public FormDTO getForm(String jurisdiction, String cycle) {
        return forms.form(SoapSupport.actor(context), jurisdiction, cycle);
    }

    @Override
    public FormReportDTO prepareReport(String jurisdiction, String cycle, int periodIndex, String unit, String table) {
        return forms.prepare(SoapSupport.actor(context), jurisdiction, cycle, periodIndex, unit, table);
    }

    @Override
    public FormReportDTO submitReport(FormReportDTO report) {
        return forms.submit(SoapSupport.actor(context), report);
    }

    @Override
    public FileDTO attachFile(String jurisdiction, String cycle, String unit, String field, String name, byte[] content) {
        return forms.attach(SoapSupport.actor(context), jurisdiction, cycle, unit, field, name, content);
    }

    @Override
    public FormReportDTO saveDraft(FormReportDTO report) {
        return forms.saveDraft(SoapSupport.actor(context), report);
    }

    @Override
    public FormReportDTO correctReport(long id, FormReportDTO report, String reason) {
        return forms.correct(SoapSupport.actor(context), id, report, reason);
    }

    @Override
    public List<FormReportDTO> listReports(String jurisdiction, String cycle, int periodIndex) {
        return forms.reports(SoapSupport.actor(context), jurisdiction, cycle, periodIndex);
    }
}
