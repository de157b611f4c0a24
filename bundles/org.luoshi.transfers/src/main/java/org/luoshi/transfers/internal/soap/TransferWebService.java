package org.luoshi.transfers.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.TransferDTO;

/** SOAP contract of mechanism 8 (行刑衔接); evidence files go over REST. */
@WebService(name = "TransferService", targetNamespace = SoapSupport.NS)
public interface TransferWebService {
    @WebMethod
    @WebResult(name = "transfer")
    TransferDTO sendTransfer(@WebParam(name = "transfer") TransferDTO transfer);

    @WebMethod
    @WebResult(name = "transfer")
    TransferDTO acceptTransfer(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "transfer")
    TransferDTO concludeTransfer(@WebParam(name = "id") long id, @WebParam(name = "outcome") String outcome,
            @WebParam(name = "note") String note);

    @WebMethod
    @WebResult(name = "transfer")
    TransferDTO shareTransfer(@WebParam(name = "id") long id, @WebParam(name = "share") ShareDTO share);

    @WebMethod
    @WebResult(name = "transfer")
    TransferDTO getTransfer(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "transfer")
    List<TransferDTO> listTransfers(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "offset") int offset, @WebParam(name = "limit") int limit);
}
