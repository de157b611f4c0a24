package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormReportDTO;
import org.luoshi.api.form.FormService;

/** SOAP contract of report forms (written dispatch, e.g. the 调度表): computed figures, typed values, submission. */
@WebService(name = "FormService", targetNamespace = SoapEndpoints.NS)
public interface FormWebService {
    @WebMethod
    @WebResult(name = "form")
    FormDTO getForm(@WebParam(name = "jurisdiction") String jurisdiction, @WebParam(name = "cycle") String cycle);

    @WebMethod
    @WebResult(name = "report")
    FormReportDTO prepareReport(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "cycle") String cycle, @WebParam(name = "periodIndex") int periodIndex,
            @WebParam(name = "unit") String unit, @WebParam(name = "table") String table);

    @WebMethod
    @WebResult(name = "report")
    FormReportDTO submitReport(@WebParam(name = "report") FormReportDTO report);

    @WebMethod
    @WebResult(name = "report")
    List<FormReportDTO> listReports(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "cycle") String cycle, @WebParam(name = "periodIndex") int periodIndex);

    /** Delegates every call to the {@link FormService} as the authenticated caller. */
    final class Impl implements FormWebService {
        private final FormService forms;

        Impl(FormService forms) {
            this.forms = forms;
        }

        @Override
        public FormDTO getForm(String jurisdiction, String cycle) {
            return SoapCalls.call(a -> forms.form(a, jurisdiction, cycle));
        }

        @Override
        public FormReportDTO prepareReport(String jurisdiction, String cycle, int periodIndex, String unit, String table) {
            return SoapCalls.call(a -> forms.prepare(a, jurisdiction, cycle, periodIndex, unit, table));
        }

        @Override
        public FormReportDTO submitReport(FormReportDTO report) {
            return SoapCalls.call(a -> forms.submit(a, report));
        }

        @Override
        public List<FormReportDTO> listReports(String jurisdiction, String cycle, int periodIndex) {
            return SoapCalls.call(a -> forms.reports(a, jurisdiction, cycle, periodIndex));
        }
    }
}
