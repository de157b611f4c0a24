package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;

/** SOAP contract of mechanism 6 (问题线索核查), for handlers; the reporter's side is the public REST path. */
@WebService(name = "TipOffService", targetNamespace = SoapEndpoints.NS)
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

    /** Delegates every call to the {@link TipOffService} as the authenticated caller. */
    final class Impl implements TipOffWebService {
        private final TipOffService tipOffs;

        Impl(TipOffService tipOffs) {
            this.tipOffs = tipOffs;
        }

        @Override
        public TipOffDTO registerTipOff(TipOffDTO tipOff) {
            return SoapCalls.call(a -> tipOffs.register(a, tipOff));
        }

        @Override
        public TipOffDTO acceptTipOff(long id, String note) {
            return SoapCalls.call(a -> tipOffs.accept(a, id, note));
        }

        @Override
        public TipOffDTO rejectTipOff(long id, String reason) {
            return SoapCalls.call(a -> tipOffs.reject(a, id, reason));
        }

        @Override
        public TipOffDTO requestMaterial(long id, String what) {
            return SoapCalls.call(a -> tipOffs.requestMaterial(a, id, what));
        }

        @Override
        public TipOffDTO routeTipOff(long id, RouteDTO route) {
            return SoapCalls.call(a -> tipOffs.route(a, id, route));
        }

        @Override
        public TipOffDTO verifyTipOff(long id, String outcome, String action, HazardDTO hazard) {
            return SoapCalls.call(a -> tipOffs.verify(a, id, outcome, action, hazard));
        }

        @Override
        public TipOffDTO closeTipOff(long id, String reply, String report) {
            return SoapCalls.call(a -> tipOffs.close(a, id, reply, report));
        }

        @Override
        public TipOffDTO approveReward(long id, String amount, String approvedBy) {
            return SoapCalls.call(a -> tipOffs.approveReward(a, id, amount, approvedBy));
        }

        @Override
        public TipOffDTO payReward(long id, String paymentRecord) {
            return SoapCalls.call(a -> tipOffs.payReward(a, id, paymentRecord));
        }

        @Override
        public TipOffDTO getTipOff(long id) {
            return SoapCalls.call(a -> tipOffs.get(a, id));
        }

        @Override
        public List<TipOffDTO> listTipOffs(String jurisdiction, String status, int offset, int limit) {
            return SoapCalls.call(a -> tipOffs.list(a, jurisdiction, status, offset, limit));
        }
    }
}
