package org.luoshi.tipoffs.internal.soap;

import java.util.List;

import javax.xml.ws.WebServiceContext;

import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.tipoff.RouteDTO;
import org.luoshi.api.tipoff.TipOffDTO;
import org.luoshi.api.tipoff.TipOffService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /tipoffs}: every call delegated to the {@link TipOffService} as the caller. */
@Component(service = TipOffWebService.class, property = SoapSupport.ADDRESS + "=/tipoffs")
public class TipOffSoap implements TipOffWebService {
    @javax.annotation.Resource
    private WebServiceContext context;

    private final TipOffService tipOffs;

    @Activate
    public TipOffSoap(@Reference TipOffService tipOffs) {
        this.tipOffs = tipOffs;
    }

    @Override
    public TipOffDTO registerTipOff(TipOffDTO tipOff) {
        return tipOffs.register(SoapSupport.actor(context), tipOff);
    }

    @Override
    public TipOffDTO acceptTipOff(long id, String note) {
        return tipOffs.accept(SoapSupport.actor(context), id, note);
    }

    @Override
    public TipOffDTO rejectTipOff(long id, String reason) {
        return tipOffs.reject(SoapSupport.actor(context), id, reason);
    }

    @Override
    public TipOffDTO requestMaterial(long id, String what) {
        return tipOffs.requestMaterial(SoapSupport.actor(context), id, what);
    }

    @Override
    public TipOffDTO routeTipOff(long id, RouteDTO route) {
        return tipOffs.route(SoapSupport.actor(context), id, route);
    }

    @Override
    public TipOffDTO verifyTipOff(long id, String outcome, String action, HazardDTO hazard) {
        return tipOffs.verify(SoapSupport.actor(context), id, outcome, action, hazard);
    }

    @Override
    public TipOffDTO closeTipOff(long id, String reply, String report) {
        return tipOffs.close(SoapSupport.actor(context), id, reply, report);
    }

    @Override
    public TipOffDTO approveReward(long id, String amount, String approvedBy) {
        return tipOffs.approveReward(SoapSupport.actor(context), id, amount, approvedBy);
    }

    @Override
    public TipOffDTO payReward(long id, String paymentRecord) {
        return tipOffs.payReward(SoapSupport.actor(context), id, paymentRecord);
    }

    @Override
    public TipOffDTO getTipOff(long id) {
        return tipOffs.get(SoapSupport.actor(context), id);
    }

    @Override
    public List<TipOffDTO> listTipOffs(String jurisdiction, String status, int offset, int limit) {
        return tipOffs.list(SoapSupport.actor(context), jurisdiction, status, offset, limit);
    }
}
