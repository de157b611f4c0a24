package org.luoshi.listing.ui.internal;

import java.util.List;

import org.luoshi.api.listing.ListingService;
import org.luoshi.api.settings.ModuleDeclaration;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 重大事故隐患挂牌督办, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class, property = ModuleDeclaration.MODULE + "=" + ListingViews.MODULE)
public class ListingViews implements ViewContribution {
    /** The module of 模块配置 these views belong to: while it is disabled for a user's units, its menu entries are hidden. */
    static final String MODULE = "listing";

    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(ListingListView.ROUTE, ListingListView.class, "重大事故隐患挂牌督办", "nav-listings", 30, ListingService.class));
    }
}
