package org.luoshi.tipoffs.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of mechanism 6 (问题线索核查), for handlers; the reporter's side is the public REST path. */
@WebService(name = "TipOffService", targetNamespace = SoapSupport.NS)
public interface TipOffWebService {
    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO registerTipOff(@WebParam(name = "tipOff") TipOffDTO tipOff);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO acceptTipOff(@WebParam(name = "id") long id, @WebParam(name = "note") String note);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO rejectTipOff(@WebParam(name = "id") long id, @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO requestMaterial(@WebParam(name = "id") long id, @WebParam(name = "what") String what);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO routeTipOff(@WebParam(name = "id") long id, @WebParam(name = "route") RouteDTO route);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO verifyTipOff(@WebParam(name = "id") long id, @WebParam(name = "outcome") String outcome,
            @WebParam(name = "action") String action, @WebParam(name = "hazard") HazardDTO hazard);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO closeTipOff(@WebParam(name = "id") long id, @WebParam(name = "reply") String reply,
            @WebParam(name = "report") String report);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO approveReward(@WebParam(name = "id") long id, @WebParam(name = "amount") String amount,
            @WebParam(name = "approvedBy") String approvedBy);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO payReward(@WebParam(name = "id") long id, @WebParam(name = "paymentRecord") String paymentRecord);

    @WebMethod
    @WebResult(name = "tipOff")
    TipOffDTO getTipOff(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "tipOff")
    List<TipOffDTO> listTipOffs(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "status") String status, @WebParam(name = "offset") int offset,
            @WebParam(name = "limit") int limit);
}
