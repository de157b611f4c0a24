package org.luoshi.enterprises.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseHistoryDTO;
import org.luoshi.api.enterprise.EnterprisePage;
import org.luoshi.api.enterprise.EnterpriseQuery;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of the enterprise register (企业名录); refusals as SOAP Faults. */
@WebService(name = "EnterpriseService", targetNamespace = SoapSupport.NS)
public interface EnterpriseWebService {
    @WebMethod
    @WebResult(name = "enterprise")
    EnterpriseDTO createEnterprise(@WebParam(name = "enterprise") EnterpriseDTO enterprise);

    @WebMethod
    @WebResult(name = "enterprise")
    EnterpriseDTO getEnterprise(@WebParam(name = "id") long id);

    /** The enterprise with that 统一社会信用代码, or a Client fault when it is not registered or not the caller's. */
    @WebMethod
    @WebResult(name = "enterprise")
    EnterpriseDTO findByCreditCode(@WebParam(name = "creditCode") String creditCode);

    @WebMethod
    @WebResult(name = "enterprise")
    EnterpriseDTO updateEnterprise(@WebParam(name = "id") long id, @WebParam(name = "enterprise") EnterpriseDTO enterprise);

    @WebMethod
    @WebResult(name = "page")
    EnterprisePage listEnterprises(@WebParam(name = "query") EnterpriseQuery query);

    @WebMethod
    @WebResult(name = "history")
    EnterpriseHistoryDTO getHistory(@WebParam(name = "id") long id);
}
