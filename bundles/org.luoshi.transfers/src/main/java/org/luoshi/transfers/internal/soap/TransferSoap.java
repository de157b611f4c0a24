package org.luoshi.transfers.internal.soap;

import java.util.List;

import javax.xml.ws.WebServiceContext;

import org.luoshi.api.soap.SoapSupport;
import org.luoshi.api.transfer.ShareDTO;
import org.luoshi.api.transfer.TransferDTO;
import org.luoshi.api.transfer.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /transfers}: every call delegated to the {@link TransferService} as the caller. */
@Component(service = TransferWebService.class, property = SoapSupport.ADDRESS + "=/transfers")
public class TransferSoap implements TransferWebService {
    @javax.annotation.Resource
    private WebServiceContext context;

    private final TransferService transfers;

    @Activate
    public TransferSoap(@Reference TransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public TransferDTO sendTransfer(TransferDTO transfer) {
        return transfers.send(SoapSupport.actor(context), transfer);
    }

    @Override
    public TransferDTO acceptTransfer(long id) {
        return transfers.accept(SoapSupport.actor(context), id);
    }

    @Override
    public TransferDTO concludeTransfer(long id, String outcome, String note) {
        return transfers.conclude(SoapSupport.actor(context), id, outcome, note);
    }

    @Override
    public TransferDTO shareTransfer(long id, ShareDTO share) {
        return transfers.share(SoapSupport.actor(context), id, share);
    }

    @Override
    public TransferDTO getTransfer(long id) {
        return transfers.get(SoapSupport.actor(context), id);
    }

    @Override
    public List<TransferDTO> listTransfers(String jurisdiction, int offset, int limit) {
        return transfers.list(SoapSupport.actor(context), jurisdiction, offset, limit);
    }
}
