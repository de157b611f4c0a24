package org.luoshi.transfers.ui.internal;

import java.util.List;

import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.api.transfer.TransferService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 行刑衔接, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + TransferViews.MODULE)
public class TransferViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "transfers";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(TransferListView.ROUTE, TransferListView.class, "行刑衔接", "nav-transfers", 120, TransferService.class));
    }
}
