package org.luoshi.example.overview;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.soap.SoapSupport;

/** The example's SOAP contract, published at {@code /soap/example} while this bundle runs. */
@WebService(name = "ExampleOverviewService", targetNamespace = SoapSupport.NS)
public interface OverviewWebService {
    @WebMethod
    @WebResult(name = "overview")
    List<OverviewDTO> listOverviews();

    @WebMethod
    @WebResult(name = "overview")
    OverviewDTO getOverview(@WebParam(name = "jurisdiction") String jurisdiction);
}
