package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;

/** SOAP contract of mechanism 8 (行刑衔接); evidence files go over REST. */
@WebService(name = "TransferService", targetNamespace = SoapEndpoints.NS)
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

    /** Delegates every call to the {@link TransferService} as the authenticated caller. */
    final class Impl implements TransferWebService {
        private final TransferService transfers;

        Impl(TransferService transfers) {
            this.transfers = transfers;
        }

        @Override
        public TransferDTO sendTransfer(TransferDTO transfer) {
            return SoapCalls.call(a -> transfers.send(a, transfer));
        }

        @Override
        public TransferDTO acceptTransfer(long id) {
            return SoapCalls.call(a -> transfers.accept(a, id));
        }

        @Override
        public TransferDTO concludeTransfer(long id, String outcome, String note) {
            return SoapCalls.call(a -> transfers.conclude(a, id, outcome, note));
        }

        @Override
        public TransferDTO shareTransfer(long id, ShareDTO share) {
            return SoapCalls.call(a -> transfers.share(a, id, share));
        }

        @Override
        public TransferDTO getTransfer(long id) {
            return SoapCalls.call(a -> transfers.get(a, id));
        }

        @Override
        public List<TransferDTO> listTransfers(String jurisdiction, int offset, int limit) {
            return SoapCalls.call(a -> transfers.list(a, jurisdiction, offset, limit));
        }
    }
}
