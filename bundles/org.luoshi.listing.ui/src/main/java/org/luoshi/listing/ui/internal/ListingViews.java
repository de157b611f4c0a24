package org.luoshi.listing.ui.internal;

import java.util.List;

import org.luoshi.api.listing.ListingService;
import org.luoshi.ui.kit.UiView;
import org.luoshi.ui.kit.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The views of the module 重大事故隐患挂牌督办, with their routes, menu entries and the services they need. */
@Component(service = ViewContribution.class)
public class ListingViews implements ViewContribution {
    @Override
    public List<UiView> views() {
        return List.of(
                UiView.staff(ListingListView.ROUTE, ListingListView.class, "重大事故隐患挂牌督办", "nav-listings", 30, ListingService.class));
    }
}
