package org.luoshi.transfers.ui.internal;

import java.util.List;

import org.luoshi.api.transfer.TransferService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 行刑衔接, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class)
public class TransferViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(TransferListView.ROUTE, TransferListView.class, "行刑衔接", "nav-transfers", 120, TransferService.class));
    }
}
