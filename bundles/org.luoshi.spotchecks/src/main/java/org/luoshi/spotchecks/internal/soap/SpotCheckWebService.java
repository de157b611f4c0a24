package org.luoshi.spotchecks.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.spotcheck.CoverageRowDTO;
import org.luoshi.api.spotcheck.RedrawDTO;
import org.luoshi.api.spotcheck.SpotCheckDTO;
import org.luoshi.api.spotcheck.SpotCheckRuleDTO;

/** SOAP contract of spot checks (抽查); refusals as SOAP Faults. */
@WebService(name = "SpotCheckService", targetNamespace = SoapSupport.NS)
public interface SpotCheckWebService {
    @WebMethod
    @WebResult(name = "rule")
    SpotCheckRuleDTO getRule(@WebParam(name = "office") String office);

    @WebMethod
    @WebResult(name = "campaign")
    SpotCheckDTO createCampaign(@WebParam(name = "campaign") SpotCheckDTO campaign);

    /** Draws with the given seed (digits), or a random one when empty. */
    @WebMethod
    @WebResult(name = "campaign")
    SpotCheckDTO drawSample(@WebParam(name = "id") long id, @WebParam(name = "seed") String seed);

    @WebMethod
    @WebResult(name = "campaign")
    SpotCheckDTO getCampaign(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "redraw")
    RedrawDTO redraw(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "row")
    List<CoverageRowDTO> getCoverage(@WebParam(name = "unit") String unit, @WebParam(name = "year") int year);
}
