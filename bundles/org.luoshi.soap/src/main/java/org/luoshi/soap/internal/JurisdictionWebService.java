package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of the installed jurisdictions, their units and catalogs. */
@WebService(name = "JurisdictionService", targetNamespace = SoapSupport.NS)
public interface JurisdictionWebService {
    @WebMethod
    @WebResult(name = "jurisdiction")
    List<JurisdictionDTO> listJurisdictions();

    @WebMethod
    @WebResult(name = "task")
    List<CatalogTaskDTO> getCatalog(@WebParam(name = "jurisdiction") String jurisdiction);

    @WebMethod
    @WebResult(name = "unit")
    List<UnitDTO> getUnits(@WebParam(name = "jurisdiction") String jurisdiction);
}
